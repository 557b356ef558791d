/**
 * Evaluation periods: a month, a calendar quarter or a calendar year.
 *
 * 环办〔2011〕22号 (数据统计) evaluates sections per month, per quarter and per year, the
 * period class coming from the period's mean concentrations. The water-quality engine does the
 * averaging; this module only says which months make up a period and how periods follow each
 * other.
 */
import { addMonths, compareMonths, monthOf, monthParts, monthRange, type Month } from './month.ts'

/** How the clock groups months. */
export type PeriodMode = 'month' | 'quarter' | 'year'

export const PERIOD_MODES: readonly PeriodMode[] = ['month', 'quarter', 'year']

/** A period: its mode, its calendar position and its first and last month (both included). */
export interface Period {
  mode: PeriodMode
  year: number
  /** 1–4 for quarters, 1–12 for months, 1 for years. */
  number: number
  first: Month
  last: Month
  /** Stable text key: '2020-06', '2020-Q2' or '2020'. */
  key: string
}

/** Length of one period in months. */
export function periodLength(mode: PeriodMode): number {
  return mode === 'year' ? 12 : mode === 'quarter' ? 3 : 1
}

/** The period of the given mode that contains `month`. */
export function periodOf(month: Month, mode: PeriodMode): Period {
  const { year, month: monthNumber } = monthParts(month)
  if (mode === 'month') {
    return { mode, year, number: monthNumber, first: month, last: month, key: month }
  }
  if (mode === 'quarter') {
    const quarter = Math.floor((monthNumber - 1) / 3) + 1
    const first = monthOf(year, quarter * 3 - 2)
    return { mode, year, number: quarter, first, last: addMonths(first, 2), key: `${year}-Q${quarter}` }
  }
  return { mode, year, number: 1, first: monthOf(year, 1), last: monthOf(year, 12), key: String(year) }
}

/** Every month of the period, in order. */
export function monthsOfPeriod(period: Period): Month[] {
  return monthRange(period.first, period.last)
}

/** The period `count` periods after `period` (negative counts go back). */
export function addPeriods(period: Period, count: number): Period {
  return periodOf(addMonths(period.first, Math.trunc(count) * periodLength(period.mode)), period.mode)
}

/** True when `month` lies in the period. */
export function periodContains(period: Period, month: Month): boolean {
  return compareMonths(month, period.first) >= 0 && compareMonths(month, period.last) <= 0
}

/**
 * The periods that overlap [first, last], in order. A quarter or year that is only partly
 * covered by the data range is still listed (its class then comes from the months it has).
 */
export function periodsBetween(first: Month, last: Month, mode: PeriodMode): Period[] {
  const periods: Period[] = []
  if (compareMonths(first, last) > 0) return periods
  for (let period = periodOf(first, mode); compareMonths(period.first, last) <= 0; period = addPeriods(period, 1)) {
    periods.push(period)
  }
  return periods
}

/** The same period one year earlier (同比 for quarters and years; for a year, the previous year). */
export function samePeriodLastYear(period: Period): Period {
  return periodOf(addMonths(period.first, -12), period.mode)
}
