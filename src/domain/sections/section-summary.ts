/**
 * What a leader asks of a set of sections (issue 12 item 2): how many in each class, how many meet their
 * target, how many changed against the compare reference, and — over a year — how many met their
 * target in every sampled month (报告：“18个清洁水考核断面中尚有个别断面未能保持每月稳定达标”).
 */
import type { SectionState, WaterClass } from '../filters/index.ts'
import { summariseAttainment } from '../water-quality/index.ts'

export interface SectionSummary {
  total: number
  /** Sections per class, Ⅰ…劣Ⅴ (index 0 = Ⅰ); sections without data are in `noData`. */
  byClass: number[]
  noData: number
  met: number
  /** Sections with a class (those that can meet or miss their target). */
  judged: number
  better: number
  worse: number
  same: number
}

export function summariseSections(states: readonly SectionState[]): SectionSummary {
  const summary: SectionSummary = { total: states.length, byClass: [0, 0, 0, 0, 0, 0], noData: 0, met: 0, judged: 0, better: 0, worse: 0, same: 0 }
  for (const state of states) {
    if (state.waterClass === null) summary.noData++
    else summary.byClass[state.waterClass - 1]!++
    if (state.attainment !== null) summary.judged++
    if (state.attainment === 'met') summary.met++
    if (state.change === 'better') summary.better++
    else if (state.change === 'worse') summary.worse++
    else if (state.change === 'same') summary.same++
  }
  return summary
}

export interface MonthlyAttainment {
  sampled: number
  met: number
  /** The months ('YYYY-MM') whose class missed the target. */
  unmetMonths: string[]
}

/**
 * Month-by-month attainment of one section over `months` (its monthly classes, 0 = no sample): a section
 * that meets its target on the year's means can still miss it in single months (时有反弹).
 */
export function monthlyAttainment(
  history: readonly { month: string; waterClass: number }[],
  months: readonly string[],
  targetClass: WaterClass,
): MonthlyAttainment {
  const wanted = new Set(months)
  const inPeriod = history.filter((entry) => wanted.has(entry.month))
  const classes = inPeriod.map((entry) => (entry.waterClass >= 1 && entry.waterClass <= 6 ? (entry.waterClass as WaterClass) : null))
  const summary = summariseAttainment(classes, targetClass)
  return { sampled: summary.sampled, met: summary.met, unmetMonths: summary.failedAt.map((index) => inPeriod[index]!.month) }
}
