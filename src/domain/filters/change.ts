/**
 * Class changes of a section against a reference month: 环比 (the previous month) and 同比 (the
 * same month last year). A lower class number is better water (GB 3838-2002 §4: Ⅰ best … 劣Ⅴ).
 *
 * This is the plain direction of change that the map draws as an arrow. The graded wording of
 * 环办〔2011〕22号 (无明显变化 / 有所变化 / 明显变化 by quality level) belongs to the water-quality
 * engine.
 */
import { previousMonth, sameMonthLastYear, type Month } from '../time/month.ts'
import { addPeriods, periodOf, samePeriodLastYear, type PeriodMode } from '../time/period.ts'
import type { Change, WaterClass } from './types.ts'

/** What the change toggle compares against. */
export type CompareMode = 'none' | 'previous' | 'lastYear'

export const COMPARE_MODES: readonly CompareMode[] = ['none', 'previous', 'lastYear']

export const COMPARE_MODE_NAMES: Record<CompareMode, { zh: string; en: string }> = {
  none: { zh: '不比较', en: 'No comparison' },
  previous: { zh: '环比', en: 'vs previous period' },
  lastYear: { zh: '同比', en: 'vs same period last year' },
}

export const CHANGE_NAMES: Record<Change, { zh: string; en: string }> = {
  better: { zh: '好转', en: 'Better' },
  worse: { zh: '变差', en: 'Worse' },
  same: { zh: '持平', en: 'Unchanged' },
  unknown: { zh: '无法比较', en: 'No comparison' },
}

/** better / worse / same; 'unknown' when either side has no class. */
export function compareClasses(current: WaterClass | null | undefined, reference: WaterClass | null | undefined): Change {
  if (current == null || reference == null) return 'unknown'
  if (current < reference) return 'better'
  if (current > reference) return 'worse'
  return 'same'
}

/**
 * The month to compare against: the previous month (环比) or the same month last year (同比);
 * null when comparing is off.
 */
export function referenceMonth(month: Month, compare: CompareMode): Month | null {
  if (compare === 'previous') return previousMonth(month)
  if (compare === 'lastYear') return sameMonthLastYear(month)
  return null
}

/**
 * The first month of the reference period in quarter/year mode: the previous period (环比) or
 * the same period last year (同比). For a year both mean the previous year.
 */
export function referencePeriodStart(month: Month, mode: PeriodMode, compare: CompareMode): Month | null {
  const period = periodOf(month, mode)
  if (compare === 'previous') return addPeriods(period, -1).first
  if (compare === 'lastYear') return samePeriodLastYear(period).first
  return null
}

export interface ChangeCounts {
  better: number
  worse: number
  same: number
  unknown: number
}

/** How many sections got better, worse, stayed the same, or could not be compared. */
export function changeCounts(changes: Iterable<Change>): ChangeCounts {
  const counts: ChangeCounts = { better: 0, worse: 0, same: 0, unknown: 0 }
  for (const change of changes) counts[change] += 1
  return counts
}

/** Changes of parallel lists of current and reference classes (e.g. two columns of the class matrix). */
export function compareClassLists(
  current: readonly (WaterClass | null)[],
  reference: readonly (WaterClass | null)[],
): Change[] {
  return current.map((waterClass, index) => compareClasses(waterClass, reference[index] ?? null))
}

/** "好转 5 个, 变差 2 个" / "5 better, 2 worse". */
export function formatChangeCounts(counts: ChangeCounts, locale: 'zh' | 'en'): string {
  return locale === 'zh'
    ? `好转 ${counts.better} 个, 变差 ${counts.worse} 个`
    : `${counts.better} better, ${counts.worse} worse`
}
