/**
 * Single-factor classification of a sample (单因子评价法, 环办〔2011〕22号 §3.1) against GB 3838-2002
 * Table 1, with the main pollutants and their exceedance multiples (环办〔2011〕22号 §4).
 */
import {
  INDICATOR_INFO,
  PH_RANGE,
  PRIORITY_POLLUTANTS,
  evaluatedIndicators,
  limitsFor,
  type Indicator,
  type Waterbody,
} from './indicators.ts'
import type { Measurement } from './measurement.ts'
import type { WaterClass } from './water-class.ts'

export interface MainPollutant {
  indicator: Indicator
  /**
   * 超标倍数 (C − S_Ⅲ)/S_Ⅲ against the class Ⅲ limit (环办〔2011〕22号 §4). NaN for pH and DO, for which the
   * method computes no multiple ("对于水温、pH值和溶解氧等项目不计算超标倍数"); test with Number.isNaN.
   */
  exceedance: number
}

export interface Classification {
  /** Worst class over the evaluated items; null when none of them was measured. */
  waterClass: WaterClass | null
  /** Class of every evaluated item that was measured. */
  itemClasses: Partial<Record<Indicator, WaterClass>>
  /** Classes of measured reference items that do NOT decide the class (TN for rivers, FC). */
  referenceClasses: Partial<Record<Indicator, WaterClass>>
  /** Up to three main pollutants, only when the class is worse than Ⅲ. */
  mainPollutants: MainPollutant[]
  /** Lakes and reservoirs only: TN's own class, reported beside the section class (环办〔2011〕22号 §2); null otherwise. */
  totalNitrogenClass: WaterClass | null
  /** Items refused as invalid data (a negative concentration, or DO/pH below 0): never classed (reference §2.6). */
  invalidItems: Indicator[]
}

export interface ClassifyOptions {
  waterbody?: Waterbody
}

/** The class of one item's value (the best class whose limit is met; 6 = 劣Ⅴ). */
export function classifyValue(indicator: Indicator, value: number, waterbody: Waterbody = 'river'): WaterClass {
  const item = INDICATOR_INFO[indicator]
  // pH: one range 6–9 for every class; inside ⇒ Ⅰ, outside ⇒ 劣Ⅴ (GB 3838-2002 Table 1; as Silence/JourneyEQ).
  if (item.direction === 'range') return value >= PH_RANGE[0] && value <= PH_RANGE[1] ? 1 : 6
  const limits = limitsFor(indicator, waterbody)
  for (let index = 0; index < limits.length; index++) {
    const limit = limits[index] as number
    // A value equal to a limit meets that class; DO is a lower limit (GB 3838-2002 Table 1 "≥").
    const meets = item.direction === 'min' ? value >= limit : value <= limit
    if (meets) return (index + 1) as WaterClass
  }
  return 6
}

/** 超标倍数 against class Ⅲ; NaN for pH and DO (no multiple, 环办〔2011〕22号 §4). */
export function exceedanceMultiple(indicator: Indicator, value: number, waterbody: Waterbody = 'river'): number {
  const item = INDICATOR_INFO[indicator]
  if (item.direction !== 'max') return Number.NaN
  const classThree = limitsFor(indicator, waterbody)[2]
  return (value - classThree) / classThree
}

/**
 * Classifies one sample. Items outside the evaluated set (TN for rivers, FC, water temperature) never
 * decide the class; non-finite values count as not measured.
 */
export function classifySample(values: Partial<Record<Indicator, number>>, options: ClassifyOptions = {}): Classification {
  const waterbody = options.waterbody ?? 'river'
  const evaluated = evaluatedIndicators(waterbody)
  const itemClasses: Partial<Record<Indicator, WaterClass>> = {}
  const referenceClasses: Partial<Record<Indicator, WaterClass>> = {}
  const invalidItems: Indicator[] = []
  let waterClass: WaterClass | null = null
  for (const [code, value] of Object.entries(values) as [Indicator, number | undefined][]) {
    if (value === undefined || !Number.isFinite(value) || !(code in INDICATOR_INFO)) continue
    // A concentration below zero is not a measurement (reference §2.6): refused, not classed.
    if (value < 0) {
      invalidItems.push(code)
      continue
    }
    const itemClass = classifyValue(code, value, waterbody)
    if (evaluated.includes(code)) {
      itemClasses[code] = itemClass
      if (waterClass === null || itemClass > waterClass) waterClass = itemClass
    } else {
      referenceClasses[code] = itemClass
    }
  }
  const mainPollutants = waterClass !== null && waterClass > 3 ? findMainPollutants(values, itemClasses, waterbody) : []
  const totalNitrogenClass = waterbody === 'lake' ? (referenceClasses.TN ?? null) : null
  return { waterClass, itemClasses, referenceClasses, mainPollutants, totalNitrogenClass, invalidItems }
}

/**
 * 环办〔2011〕22号 §4: among items worse than Ⅲ, cyanide and heavy metals first; then the worst class;
 * equal classes by the larger exceedance multiple. Items without a multiple (pH, DO) follow the items
 * with a multiple of the same class; remaining ties keep GB 3838 Table 1 order. At most three.
 */
function findMainPollutants(
  values: Partial<Record<Indicator, number>>,
  itemClasses: Partial<Record<Indicator, WaterClass>>,
  waterbody: Waterbody,
): MainPollutant[] {
  const candidates = (Object.entries(itemClasses) as [Indicator, WaterClass][])
    .filter(([, itemClass]) => itemClass > 3)
    .map(([indicator, itemClass]) => ({
      indicator,
      itemClass,
      priority: PRIORITY_POLLUTANTS.has(indicator) ? 0 : 1,
      exceedance: exceedanceMultiple(indicator, values[indicator] as number, waterbody),
      order: Object.keys(INDICATOR_INFO).indexOf(indicator),
    }))
  candidates.sort((a, b) => {
    if (a.priority !== b.priority) return a.priority - b.priority
    if (a.itemClass !== b.itemClass) return b.itemClass - a.itemClass
    const aMultiple = Number.isNaN(a.exceedance) ? Number.NEGATIVE_INFINITY : a.exceedance
    const bMultiple = Number.isNaN(b.exceedance) ? Number.NEGATIVE_INFINITY : b.exceedance
    if (aMultiple !== bMultiple) return bMultiple - aMultiple
    return a.order - b.order
  })
  return candidates.slice(0, 3).map(({ indicator, exceedance }) => ({ indicator, exceedance }))
}

/**
 * The numbers that classify a sample of cell measurements. Below detection meets the best class on its
 * own (the value is below every limit of an upper-limit item); for DO and pH "below detection" is not a
 * meaningful result and is ignored. Missing and invalid cells are not measured.
 */
export function valuesForClassification(values: Partial<Record<Indicator, Measurement>>): Partial<Record<Indicator, number>> {
  const numbers: Partial<Record<Indicator, number>> = {}
  for (const [code, measurement] of Object.entries(values) as [Indicator, Measurement | undefined][]) {
    if (measurement?.kind === 'value') numbers[code] = measurement.value
    else if (measurement?.kind === 'below-detection' && INDICATOR_INFO[code].direction === 'max') numbers[code] = 0
  }
  return numbers
}

/** classifySample for a row of cell measurements (see valuesForClassification). */
export function classifyMeasurements(values: Partial<Record<Indicator, Measurement>>, options: ClassifyOptions = {}): Classification {
  return classifySample(valuesForClassification(values), options)
}
