/**
 * Month and period labels in Chinese and English.
 *
 * Chinese labels keep the year ("2020年6月"): the CNEMC real-time page drops it, and planners
 * scrubbing over several years then cannot tell which June they are looking at.
 */
import { monthParts, type Month } from './month.ts'
import { periodOf, type Period, type PeriodMode } from './period.ts'

/** The two interface languages. */
export type Locale = 'zh' | 'en'

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2020年6月" / "Jun 2020". */
export function formatMonth(month: Month, locale: Locale): string {
  const parts = monthParts(month)
  if (locale === 'zh') return `${parts.year}年${parts.month}月`
  return `${ENGLISH_MONTHS[parts.month - 1]} ${parts.year}`
}

/** Short month label for slider ticks: "6月" / "Jun" (the year is shown separately). */
export function formatMonthShort(month: Month, locale: Locale): string {
  const parts = monthParts(month)
  return locale === 'zh' ? `${parts.month}月` : (ENGLISH_MONTHS[parts.month - 1] ?? '')
}

/** "2020年6月" / "Jun 2020", "2020年第2季度" / "2020 Q2", "2020年" / "2020". */
export function formatPeriod(period: Period, locale: Locale): string {
  if (period.mode === 'month') return formatMonth(period.first, locale)
  if (period.mode === 'quarter') {
    return locale === 'zh' ? `${period.year}年第${period.number}季度` : `${period.year} Q${period.number}`
  }
  return locale === 'zh' ? `${period.year}年` : String(period.year)
}

/** The label of the period of `mode` containing `month`. */
export function formatMonthInMode(month: Month, mode: PeriodMode, locale: Locale): string {
  return formatPeriod(periodOf(month, mode), locale)
}

/** Names of the modes for a mode switch: 月 / 季 / 年. */
export function formatPeriodMode(mode: PeriodMode, locale: Locale): string {
  const names: Record<PeriodMode, [string, string]> = {
    month: ['月度', 'Month'],
    quarter: ['季度', 'Quarter'],
    year: ['年度', 'Year'],
  }
  return names[mode][locale === 'zh' ? 0 : 1]
}
