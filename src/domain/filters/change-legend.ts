/**
 * The legend of the comparison rings (issue 12 item 3): 好转 / 变差 / 无变化 with how many drawn
 * sections each has, plus 无法比较 when some section has no class on one side. One source for the
 * layer panel, the presenter's key, PNG exports and the briefing, so they never disagree.
 */
import { COMPARE_MODE_NAMES, type ChangeCounts, type CompareMode } from './change.ts'
import type { Change } from './types.ts'

export interface ChangeLegendEntry {
  change: Change
  label: string
  count: number
}

const LABELS: Record<Change, { zh: string; en: string }> = {
  better: { zh: '好转', en: 'Better' },
  worse: { zh: '变差', en: 'Worse' },
  same: { zh: '无变化', en: 'No change' },
  unknown: { zh: '无法比较', en: 'Not comparable' },
}

/** Entries in reading order; 'unknown' only when some section could not be compared. */
export function changeLegendEntries(counts: ChangeCounts, locale: 'zh' | 'en'): ChangeLegendEntry[] {
  const changes: Change[] = ['better', 'worse', 'same', ...(counts.unknown > 0 ? (['unknown'] as const) : [])]
  return changes.map((change) => ({ change, label: LABELS[change][locale], count: counts[change] }))
}

/** The legend's title: "同比" / "vs same period last year". */
export function changeLegendTitle(compare: Exclude<CompareMode, 'none'>, locale: 'zh' | 'en'): string {
  return COMPARE_MODE_NAMES[compare][locale]
}

/** One line for a printed page: "同比：好转 3 · 变差 2 · 无变化 38". */
export function changeLegendLine(compare: Exclude<CompareMode, 'none'>, counts: ChangeCounts, locale: 'zh' | 'en'): string {
  const entries = changeLegendEntries(counts, locale).map((entry) => `${entry.label} ${entry.count}`).join(' · ')
  return `${changeLegendTitle(compare, locale)}${locale === 'zh' ? '：' : ': '}${entries}`
}
