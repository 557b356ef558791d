/**
 * One section over one period: the mean of every item over its sampled months (below detection = half
 * the limit), each mean rounded half-to-even to the evaluation decimals and classed by the single-factor
 * method (环办〔2011〕22号 数据统计; reference §2.6). Reads the series table directly (no objects per cell).
 */
import { averagingTerm, classifyValue, evaluatedIndicators, INDICATOR_INFO, meanOfTerms, roundForEvaluation, type Indicator, type WaterClass } from '../water-quality/index.ts'
import { CELL, type SeriesTable } from './series-table.ts'

export interface SectionPeriod {
  section: number
  /** Arithmetic mean per item over the months it was sampled (unrounded). */
  means: Partial<Record<Indicator, number>>
  /** Number of samples behind each mean. */
  counts: Partial<Record<Indicator, number>>
  /** Sum of the samples of each item (for pooled group means without a second pass). */
  sums: Partial<Record<Indicator, number>>
  /** Below-detection samples of each item. */
  belowDetection: Partial<Record<Indicator, number>>
  /** Items sampled only below detection: they meet the best class. */
  belowDetectionOnly: Indicator[]
  /** Months with at least one classed item. */
  sampledMonths: number
  /** Months marked 停测 without a sample. */
  stoppedMonths: number
  /** Class of the rounded means; null when nothing was sampled. */
  waterClass: WaterClass | null
}

/** The same 21 items decide every section's class (TN and FC never do), so one lookup serves all. */
const EVALUATED = new Set<Indicator>(evaluatedIndicators('river'))

export function sectionPeriod(table: SeriesTable, section: number, first: number, last: number): SectionPeriod {
  const monthCount = table.months.length
  const base = section * monthCount
  const { waterbody } = table.sections[section]!
  const means: Partial<Record<Indicator, number>> = {}
  const counts: Partial<Record<Indicator, number>> = {}
  const sums: Partial<Record<Indicator, number>> = {}
  const belowDetection: Partial<Record<Indicator, number>> = {}
  const belowDetectionOnly: Indicator[] = []
  let worst = 0
  for (const code of table.indicators) {
    const values = table.values.get(code)!
    const states = table.states.get(code)!
    let sum = 0
    let count = 0
    let below = 0
    for (let month = first; month <= last; month++) {
      const state = states[base + month]
      if (state === CELL.value) {
        sum += averagingTerm(code, values[base + month]!)
        count++
      } else if (state === CELL.belowDetection) {
        sum += averagingTerm(code, values[base + month]!)
        count++
        below++
      }
    }
    if (count === 0) continue
    const detected = below < count
    const mean = meanOfTerms(code, sum, count)
    means[code] = mean
    counts[code] = count
    sums[code] = sum
    if (below > 0) belowDetection[code] = below
    if (!detected) belowDetectionOnly.push(code)
    if (!EVALUATED.has(code)) continue
    let itemClass = 0
    if (detected) itemClass = classifyValue(code, roundForEvaluation(code, mean), waterbody)
    else if (INDICATOR_INFO[code].direction === 'max') itemClass = 1
    if (itemClass > worst) worst = itemClass
  }
  let sampledMonths = 0
  let stoppedMonths = 0
  for (let month = first; month <= last; month++) {
    if (table.monthlyClasses[base + month]! > 0) sampledMonths++
    else if (table.stopped[base + month] === 1) stoppedMonths++
  }
  return { section, means, counts, sums, belowDetection, belowDetectionOnly, sampledMonths, stoppedMonths, waterClass: worst === 0 ? null : (worst as WaterClass) }
}
