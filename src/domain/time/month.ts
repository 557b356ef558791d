/**
 * Calendar months as 'YYYY-MM' strings.
 *
 * Monitoring data are monthly (环办〔2011〕22号 "数据统计：月"), so the month is the unit of the
 * whole time model. A month is kept as its ISO text ('2020-06') because that is what the data
 * files, the URL and the JSON tours carry; arithmetic goes through `monthIndex`, a plain
 * integer count of months since year 0, so that no Date object (and no time zone) is involved.
 */

/** A calendar month, 'YYYY-MM' (e.g. '2020-06'). */
export type Month = string

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** True when `value` is a 'YYYY-MM' month string with a month 01–12. */
export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_PATTERN.test(value)
}

/** The year and the month number (1–12) of a month; throws on text that is not 'YYYY-MM'. */
export function monthParts(month: Month): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month)
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`)
  return { year: Number(match[1]), month: Number(match[2]) }
}

/** A month from its year and month number (1–12). */
export function monthOf(year: number, monthNumber: number): Month {
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`
}

/**
 * The month as an integer (year × 12 + month − 1), so that consecutive months are consecutive
 * integers: monthIndex('2020-01') − monthIndex('2019-12') === 1.
 */
export function monthIndex(month: Month): number {
  const parts = monthParts(month)
  return parts.year * 12 + parts.month - 1
}

/** The inverse of `monthIndex`. */
export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12)
  return monthOf(year, index - year * 12 + 1)
}

/** The month `count` calendar months after `month` (negative counts go back). */
export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + Math.trunc(count))
}

/** The month before (环比 reference). */
export function previousMonth(month: Month): Month {
  return addMonths(month, -1)
}

/** The month after. */
export function nextMonth(month: Month): Month {
  return addMonths(month, 1)
}

/** The same month one year earlier (同比 reference). */
export function sameMonthLastYear(month: Month): Month {
  return addMonths(month, -12)
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareMonths(a: Month, b: Month): number {
  return monthIndex(a) - monthIndex(b)
}

/** Number of months from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from)
}

/**
 * Every month from `first` to `last`, both included, in calendar order. Empty when `last` is
 * before `first`.
 */
export function monthRange(first: Month, last: Month): Month[] {
  const start = monthIndex(first)
  const end = monthIndex(last)
  const months: Month[] = []
  for (let index = start; index <= end; index += 1) months.push(monthFromIndex(index))
  return months
}

/** `month` moved into [first, last]. */
export function clampMonth(month: Month, first: Month, last: Month): Month {
  if (compareMonths(month, first) < 0) return first
  if (compareMonths(month, last) > 0) return last
  return month
}
