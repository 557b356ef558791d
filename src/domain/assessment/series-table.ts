/**
 * The monitoring series laid out for the assessment board: one Float64Array of values and one Uint8Array
 * of cell states per item, section-major (cell (s, m) at s * months + m), plus the class of every
 * section-month. Built once per series version; every board figure reads these arrays, so a new
 * period or group costs one pass over the chosen sections and months (issue 13 §4).
 */
import {
  classifyValue,
  evaluatedIndicators,
  INDICATOR_INFO,
  monthRange,
  valueForMean,
  type Indicator,
  type Measurement,
  type MonitoringRecord,
  type WaterClass,
  type Waterbody,
} from '../water-quality/index.ts'

export interface AssessmentSection {
  id: string
  name: string
  nameEn?: string
  river: string | null
  town: string | null
  /** national (国考) / municipal (市考) / district / town, or null when unknown. */
  level: string | null
  /** 考核目标; null when the register gives none (shown as "no target", never as met). */
  targetClass: WaterClass | null
  waterbody: Waterbody
}

/** Cell states. A missing cell is never a zero. */
export const CELL = { none: 0, value: 1, belowDetection: 2, stopped: 3, invalid: 4 } as const

export interface SeriesTable {
  /** Changes whenever the records change; part of the board's memo key. */
  readonly version: number
  readonly sections: readonly AssessmentSection[]
  readonly months: readonly string[]
  readonly indicators: readonly Indicator[]
  /** values[item][s * months + m]: the number for means (below detection = half the limit). */
  readonly values: ReadonlyMap<Indicator, Float64Array>
  readonly states: ReadonlyMap<Indicator, Uint8Array>
  /** Monthly class (single-factor method), 0 = no sample. */
  readonly monthlyClasses: Uint8Array
  /** 1 where the section-month was marked 停测 and had no sample. */
  readonly stopped: Uint8Array
  readonly indexOfMonth: ReadonlyMap<string, number>
  readonly indexOfSection: ReadonlyMap<string, number>
}

let nextVersion = 1

function stateOf(measurement: Measurement): number {
  if (measurement.kind === 'value') return measurement.value < 0 ? CELL.invalid : CELL.value
  if (measurement.kind === 'below-detection') return CELL.belowDetection
  if (measurement.kind === 'missing' && measurement.reason === 'stopped') return CELL.stopped
  return CELL.none
}

export function buildSeriesTable(sections: readonly AssessmentSection[], records: readonly MonitoringRecord[]): SeriesTable {
  const recordMonths = [...new Set(records.map((record) => record.month))].sort()
  const months = recordMonths.length === 0 ? [] : monthRange(recordMonths[0]!, recordMonths[recordMonths.length - 1]!)
  const indexOfMonth = new Map(months.map((month, index) => [month, index]))
  const indexOfSection = new Map(sections.map((section, index) => [section.id, index]))
  const size = sections.length * months.length
  const present = new Set<Indicator>()
  for (const record of records) for (const code of Object.keys(record.values) as Indicator[]) if (code in INDICATOR_INFO) present.add(code)
  const indicators = [...present].sort((a, b) => Object.keys(INDICATOR_INFO).indexOf(a) - Object.keys(INDICATOR_INFO).indexOf(b))
  const values = new Map<Indicator, Float64Array>()
  const states = new Map<Indicator, Uint8Array>()
  for (const code of indicators) {
    values.set(code, new Float64Array(size).fill(Number.NaN))
    states.set(code, new Uint8Array(size))
  }
  const stoppedMarks = new Uint8Array(size)
  for (const record of records) {
    const section = indexOfSection.get(record.sectionId)
    const month = indexOfMonth.get(record.month)
    if (section === undefined || month === undefined) continue
    const cell = section * months.length + month
    for (const [code, measurement] of Object.entries(record.values) as [Indicator, Measurement | undefined][]) {
      if (!measurement || !present.has(code)) continue
      const state = stateOf(measurement)
      states.get(code)![cell] = state
      if (state === CELL.stopped) stoppedMarks[cell] = 1
      const value = valueForMean(measurement)
      if (value !== null) values.get(code)![cell] = value
    }
  }
  const monthlyClasses = new Uint8Array(size)
  const stopped = new Uint8Array(size)
  for (let section = 0; section < sections.length; section++) {
    const { waterbody } = sections[section]!
    const evaluated = evaluatedIndicators(waterbody).filter((code) => present.has(code))
    for (let month = 0; month < months.length; month++) {
      const cell = section * months.length + month
      let worst = 0
      for (const code of evaluated) {
        const state = states.get(code)![cell]
        let itemClass = 0
        if (state === CELL.value) itemClass = classifyValue(code, values.get(code)![cell]!, waterbody)
        else if (state === CELL.belowDetection && INDICATOR_INFO[code].direction === 'max') itemClass = 1
        if (itemClass > worst) worst = itemClass
      }
      monthlyClasses[cell] = worst
      if (worst === 0 && stoppedMarks[cell] === 1) stopped[cell] = 1
    }
  }
  return { version: nextVersion++, sections, months, indicators, values, states, monthlyClasses, stopped, indexOfMonth, indexOfSection }
}

/** Index range [first, last] of the table's months inside the period, or null when the period has none. */
export function monthIndexRange(table: SeriesTable, first: string, last: string): [number, number] | null {
  let start = -1
  let end = -1
  table.months.forEach((month, index) => {
    if (month >= first && month <= last) {
      if (start < 0) start = index
      end = index
    }
  })
  return start < 0 ? null : [start, end]
}

export type { WaterClass }
