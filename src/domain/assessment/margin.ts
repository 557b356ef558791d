/**
 * Year-to-date margin of a section against its target: the annual mean so far of each item against the
 * target class limit, the item that decides (the one closest to, or furthest past, its limit), and the
 * headroom — the highest mean the remaining months of the year may have for the annual mean to still meet
 * the target (for DO, a lower limit, the lowest mean). Annual class = class of the annual mean
 * (环办〔2011〕22号 数据统计), so: (sum + r·x)/(n + r) ≤ L ⇔ x ≤ (L·(n + r) − sum)/r.
 */
import { evaluatedIndicators, INDICATOR_INFO, limitsFor, roundForEvaluation, type Indicator, type WaterClass } from '../water-quality/index.ts'
import { CELL, type SeriesTable } from './series-table.ts'

export interface YearToDateMargin {
  section: number
  /** Null when the section has no target (shown as such, not as met). */
  targetClass: WaterClass | null
  /** The deciding item, or null when nothing was sampled (or no target). */
  indicator: Indicator | null
  /** Mean so far of the deciding item, rounded to its evaluation decimals. */
  meanSoFar: number | null
  /** The deciding item's limit for the target class. */
  limit: number | null
  /** True when the mean so far meets the target limit. */
  meets: boolean | null
  /** Months sampled so far and months left in the year after the last chosen month. */
  sampledMonths: number
  remainingMonths: number
  /**
   * Highest (DO: lowest) mean the remaining months may have; null when no month remains (the year is
   * decided) or no target. Below 0 for an upper limit = cannot meet the target any more this year.
   */
  headroom: number | null
}

/** Margin over January … `last` month index (inclusive) of `last`'s year. */
export function yearToDateMargin(table: SeriesTable, section: number, first: number, last: number): YearToDateMargin {
  const meta = table.sections[section]!
  const lastMonth = table.months[last]!
  const remainingMonths = 12 - Number(lastMonth.slice(5, 7))
  const empty: YearToDateMargin = {
    section,
    targetClass: meta.targetClass,
    indicator: null,
    meanSoFar: null,
    limit: null,
    meets: null,
    sampledMonths: 0,
    remainingMonths,
    headroom: null,
  }
  const base = section * table.months.length
  let sampledMonths = 0
  for (let month = first; month <= last; month++) if (table.monthlyClasses[base + month]! > 0) sampledMonths++
  if (meta.targetClass === null || meta.targetClass > 5) return { ...empty, sampledMonths }
  let best: YearToDateMargin | null = null
  let bestRatio = Number.NEGATIVE_INFINITY
  for (const code of evaluatedIndicators(meta.waterbody)) {
    const item = INDICATOR_INFO[code]
    if (item.direction === 'range' || !table.values.has(code)) continue
    const values = table.values.get(code)!
    const states = table.states.get(code)!
    let sum = 0
    let count = 0
    let detected = false
    for (let month = first; month <= last; month++) {
      const state = states[base + month]
      if (state !== CELL.value && state !== CELL.belowDetection) continue
      sum += values[base + month]!
      count++
      if (state === CELL.value) detected = true
    }
    if (count === 0 || !detected) continue
    const limit = limitsFor(code, meta.waterbody)[meta.targetClass - 1]!
    const mean = roundForEvaluation(code, sum / count)
    // How close the item is to its limit: 1 = at the limit, above 1 = past it.
    const ratio = item.direction === 'min' ? (mean > 0 ? limit / mean : Number.POSITIVE_INFINITY) : mean / limit
    if (ratio <= bestRatio) continue
    bestRatio = ratio
    const total = count + remainingMonths
    const headroom = remainingMonths === 0 ? null : (limit * total - sum) / remainingMonths
    const meets = item.direction === 'min' ? mean >= limit : mean <= limit
    best = { ...empty, indicator: code, meanSoFar: mean, limit, meets, sampledMonths, headroom }
  }
  return best ?? { ...empty, sampledMonths }
}
