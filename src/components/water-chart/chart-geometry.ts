/**
 * Geometry of a section's concentration chart (issue 13 §2), pure and unit-tested: scales, the class
 * bands of GB 3838-2002 Table 1, the target line, points (measured, below detection, not sampled) and
 * the line broken at gaps, and the month under a pointer. No Vue, no DOM: the component only draws.
 */
import {
  INDICATOR_INFO,
  PH_RANGE,
  classifyValue,
  limitsFor,
  type Indicator,
  type Measurement,
  type WaterClass,
  type Waterbody,
} from '@/domain/water-quality/index.ts'

/** The drawing area inside the SVG's viewBox (left margin for the value axis, bottom for the years). */
export interface ChartFrame {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

export const CHART_FRAME: ChartFrame = { width: 320, height: 132, left: 34, right: 6, top: 6, bottom: 16 }
export const COMPACT_FRAME: ChartFrame = { width: 320, height: 96, left: 34, right: 6, top: 4, bottom: 14 }

export interface ChartMonth {
  month: string
  /** The cell of the monitoring table for this indicator; undefined = the item was not monitored. */
  measurement: Measurement | undefined
}

export type ChartPointKind = 'value' | 'below-detection' | 'stopped'

export interface ChartPoint {
  month: string
  index: number
  x: number
  /** Where the marker sits: the value, the detection limit (hollow marker), or the axis for 停测. */
  y: number
  kind: ChartPointKind
  /** The number drawn: the value or the detection limit (null for 停测 or a limit the cell did not give). */
  value: number | null
  /** The class of the value alone (below detection meets the best class, measurement.ts); null for 停测. */
  waterClass: WaterClass | null
}

export interface ChartBand {
  waterClass: WaterClass
  /** Value interval of the band (low < high). */
  low: number
  high: number
  y: number
  height: number
}

export interface ChartTick {
  value: number
  y: number
  label: string
}

export interface ChartGeometry {
  frame: ChartFrame
  domain: [number, number]
  bands: ChartBand[]
  /** y of the target class limit(s): one line, or two for pH (its 6–9 range is the same for every class). */
  targetLines: { value: number; y: number }[]
  points: ChartPoint[]
  /** SVG path of the measured values, broken wherever a month has no measured value (a gap stays a gap). */
  linePath: string
  ticks: ChartTick[]
  /** x of the first month of each year, for the year labels. */
  years: { year: string; x: number }[]
  /** Horizontal distance between two months. */
  step: number
}

/** x of the month at `index` among `count` months. */
export function xOfIndex(index: number, count: number, frame: ChartFrame): number {
  const inner = frame.width - frame.left - frame.right
  return count <= 1 ? frame.left + inner / 2 : frame.left + (index / (count - 1)) * inner
}

/** The index of the month nearest to an x in viewBox units (clamped to the series), for dragging. */
export function indexAtX(x: number, count: number, frame: ChartFrame): number {
  if (count <= 1) return 0
  const inner = frame.width - frame.left - frame.right
  const index = Math.round(((x - frame.left) / inner) * (count - 1))
  return Math.min(count - 1, Math.max(0, index))
}

/**
 * The limits that separate the classes of an indicator, low to high (GB 3838-2002 Table 1): the five
 * class limits, or pH's 6–9 range. Equal limits (COD Ⅰ and Ⅱ are both 15) appear once.
 */
export function classBreaks(indicator: Indicator, waterbody: Waterbody = 'river'): number[] {
  if (INDICATOR_INFO[indicator].direction === 'range') return [...PH_RANGE]
  return [...new Set(limitsFor(indicator, waterbody))].sort((a, b) => a - b)
}

/**
 * The value of the target class's limit: "≤" items their upper limit, DO its lower limit; pH the 6–9 range,
 * which is the same for every class. A target of 劣Ⅴ has no limit.
 */
export function targetLimits(indicator: Indicator, targetClass: WaterClass | null, waterbody: Waterbody = 'river'): number[] {
  if (targetClass === null || targetClass === 6) return []
  if (INDICATOR_INFO[indicator].direction === 'range') return [...PH_RANGE]
  return [limitsFor(indicator, waterbody)[targetClass - 1]!]
}

/** Value axis range: from 0 (pH: around 6–9) to above the worst limit and the largest value shown. */
export function valueDomain(indicator: Indicator, values: readonly number[], waterbody: Waterbody = 'river'): [number, number] {
  const breaks = classBreaks(indicator, waterbody)
  if (INDICATOR_INFO[indicator].direction === 'range') {
    return [Math.min(5, ...values.map((value) => Math.floor(value - 0.5))), Math.max(10, ...values.map((value) => Math.ceil(value + 0.5)))]
  }
  const top = Math.max(breaks[breaks.length - 1]! * 1.15, ...values.map((value) => value * 1.08))
  return [0, top > 0 ? top : 1]
}

/** About five round tick values over the domain (1, 2, 2.5, 5 × 10ⁿ). */
export function niceTicks(domain: [number, number], count = 4): number[] {
  const [low, high] = domain
  const raw = (high - low) / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw
  const ticks: number[] = []
  for (let value = Math.ceil(low / step) * step; value <= high + step * 1e-9; value += step) ticks.push(Number(value.toPrecision(12)))
  return ticks
}

/** A number short enough for an axis: 0.0005 → "0.0005", 20000 → "2万" (zh) / "20k" (en). */
export function formatAxisValue(value: number, locale: 'zh' | 'en'): string {
  if (Math.abs(value) >= 10000) return locale === 'zh' ? `${Number((value / 10000).toPrecision(3))}万` : `${Number((value / 1000).toPrecision(3))}k`
  return String(Number(value.toPrecision(3)))
}

function bandsOf(indicator: Indicator, domain: [number, number], scale: (value: number) => number, waterbody: Waterbody): ChartBand[] {
  const edges = [domain[0], ...classBreaks(indicator, waterbody).filter((limit) => limit > domain[0] && limit < domain[1]), domain[1]]
  const bands: ChartBand[] = []
  for (let index = 0; index + 1 < edges.length; index++) {
    const low = edges[index]!
    const high = edges[index + 1]!
    // The class of the band's middle: the domain's own rule decides (a value on a limit meets it), so
    // "higher is better" (DO) and the pH range need no special case here.
    const waterClass = classifyValue(indicator, (low + high) / 2, waterbody)
    bands.push({ waterClass, low, high, y: scale(high), height: scale(low) - scale(high) })
  }
  return bands
}

export interface ChartInput {
  indicator: Indicator
  months: readonly ChartMonth[]
  targetClass: WaterClass | null
  waterbody?: Waterbody
  frame?: ChartFrame
  locale?: 'zh' | 'en'
}

export function chartGeometry(input: ChartInput): ChartGeometry {
  const { indicator, months, targetClass } = input
  const waterbody = input.waterbody ?? 'river'
  const frame = input.frame ?? CHART_FRAME
  const shown = months.flatMap(({ measurement }) => {
    if (measurement?.kind === 'value') return [measurement.value]
    if (measurement?.kind === 'below-detection' && measurement.detectionLimit !== null) return [measurement.detectionLimit]
    return []
  })
  const domain = valueDomain(indicator, shown, waterbody)
  const plotBottom = frame.height - frame.bottom
  const scale = (value: number) => plotBottom - ((value - domain[0]) / (domain[1] - domain[0])) * (plotBottom - frame.top)
  const count = months.length

  const points: ChartPoint[] = []
  months.forEach(({ month, measurement }, index) => {
    const x = xOfIndex(index, count, frame)
    if (measurement?.kind === 'value') {
      points.push({ month, index, x, y: scale(measurement.value), kind: 'value', value: measurement.value, waterClass: classifyValue(indicator, measurement.value, waterbody) })
    } else if (measurement?.kind === 'below-detection') {
      const limit = measurement.detectionLimit
      points.push({ month, index, x, y: limit === null ? plotBottom : scale(limit), kind: 'below-detection', value: limit, waterClass: 1 })
    } else if (measurement?.kind === 'missing' && measurement.reason === 'stopped') {
      points.push({ month, index, x, y: plotBottom, kind: 'stopped', value: null, waterClass: null })
    }
  })

  // The line joins measured values of consecutive months only: a month without a value breaks it.
  let linePath = ''
  let previous: ChartPoint | null = null
  for (const point of points) {
    if (point.kind !== 'value') continue
    const joined = previous !== null && previous.index === point.index - 1
    linePath += `${joined ? 'L' : 'M'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`
    previous = point
  }

  return {
    frame,
    domain,
    bands: bandsOf(indicator, domain, scale, waterbody),
    targetLines: targetLimits(indicator, targetClass, waterbody).map((value) => ({ value, y: scale(value) })),
    points,
    linePath,
    ticks: niceTicks(domain).map((value) => ({ value, y: scale(value), label: formatAxisValue(value, input.locale ?? 'zh') })),
    years: months.flatMap(({ month }, index) => (index === 0 || month.endsWith('-01') ? [{ year: month.slice(0, 4), x: xOfIndex(index, count, frame) }] : [])),
    step: count <= 1 ? 0 : xOfIndex(1, count, frame) - xOfIndex(0, count, frame),
  }
}
