/**
 * Change of water quality between two periods, for one section and for a group of sections
 * (环办〔2011〕22号 §5 水质变化趋势分析; reference §2.5).
 */
import { qualityOfClass, QUALITY_STATUSES, type QualityStatus, type WaterClass } from './water-class.ts'

export type ChangeDirection = 'better' | 'worse' | 'unchanged'

/** 好转 / 明显好转 / 变差 / 明显变差 / 无明显变化 */
export type ChangeLabel = '好转' | '明显好转' | '变差' | '明显变差' | '无明显变化'

export interface SectionChange {
  direction: ChangeDirection
  /** Number of levels moved (0 when unchanged). */
  levels: number
  /** Two or more levels (明显). */
  marked: boolean
  label: ChangeLabel
  labelEn: string
}

/**
 * What counts as one level:
 * - 'class' (project default): each water class Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ, 劣Ⅴ is a level, so Ⅱ → Ⅰ is 好转 and
 *   Ⅳ → Ⅱ is 明显好转. Chosen because the map shows every class; a planner sees Ⅱ → Ⅰ change colour.
 * - 'status': the method's quality status (优 for Ⅰ–Ⅱ, 良好, 轻度, 中度, 重度污染), so Ⅱ → Ⅰ is 无明显变化
 *   (环办〔2011〕22号 §5.1: same status = 无明显变化, one level = 有所变化, two or more = 明显变化).
 */
export type ChangeLevels = 'class' | 'status'

function levelOf(waterClass: WaterClass, levels: ChangeLevels): number {
  return levels === 'class' ? waterClass : QUALITY_STATUSES.indexOf(qualityOfClass(waterClass))
}

function labelFor(direction: ChangeDirection, marked: boolean): { label: ChangeLabel; labelEn: string } {
  if (direction === 'unchanged') return { label: '无明显变化', labelEn: 'No marked change' }
  if (direction === 'better') return marked ? { label: '明显好转', labelEn: 'Markedly better' } : { label: '好转', labelEn: 'Better' }
  return marked ? { label: '明显变差', labelEn: 'Markedly worse' } : { label: '变差', labelEn: 'Worse' }
}

/** Change of one section from `before` to `after`; null when either period has no class. */
export function compareSectionClasses(
  before: WaterClass | null,
  after: WaterClass | null,
  levels: ChangeLevels = 'class',
): SectionChange | null {
  if (before === null || after === null) return null
  const step = levelOf(before, levels) - levelOf(after, levels)
  const direction: ChangeDirection = step > 0 ? 'better' : step < 0 ? 'worse' : 'unchanged'
  const marked = Math.abs(step) >= 2
  return { direction, levels: Math.abs(step), marked, ...labelFor(direction, marked) }
}

export interface SectionChangeBoth {
  /** Change counted in class steps (the map's comparison: Ⅱ → Ⅰ is 好转). */
  byClass: SectionChange | null
  /** Change counted in 水质状况 levels (环办〔2011〕22号 §5.1: Ⅱ → Ⅰ is 无明显变化). */
  byStatus: SectionChange | null
}

/** Both readings of a single section's change, so the UI can show the method's words beside the class steps. */
export function compareSectionBoth(before: WaterClass | null, after: WaterClass | null): SectionChangeBoth {
  return { byClass: compareSectionClasses(before, after, 'class'), byStatus: compareSectionClasses(before, after, 'status') }
}

/** Fewest sections for the section-class-proportion method (环办〔2011〕22号 §3.2: 5 个（含）以上). */
export const PROPORTION_METHOD_MIN_SECTIONS = 5

export interface GroupEvaluation {
  /** Sections with a class (sections without a sample are left out). */
  assessed: number
  /** Share of Ⅰ–Ⅲ sections, 0–1. */
  shareGood: number
  /** Share of 劣Ⅴ sections, 0–1. */
  shareWorst: number
  /**
   * Quality word by the section-class-proportion method; null with fewer than 5 sections, where the
   * method classes the mean concentrations instead (see classifyGroupByMeans in group-means.ts).
   */
  status: QualityStatus | null
}

/**
 * Section-class-proportion method (断面水质类别比例法, 环办〔2011〕22号 §3.2): Ⅰ–Ⅲ ≥ 90 % 优; 75–90 % 良好;
 * below 75 %: 劣Ⅴ < 20 % 轻度污染, 20–40 % 中度污染, ≥ 40 % 重度污染 (the "< 75 %" wording of the Shenzhen
 * bureau's FAQ; the alternative "< 60 %" only differs at an unreachable corner, reference §2.5).
 */
export function evaluateGroup(classes: readonly (WaterClass | null)[]): GroupEvaluation {
  const known = classes.filter((waterClass): waterClass is WaterClass => waterClass !== null)
  const assessed = known.length
  const shareGood = assessed === 0 ? 0 : known.filter((waterClass) => waterClass <= 3).length / assessed
  const shareWorst = assessed === 0 ? 0 : known.filter((waterClass) => waterClass === 6).length / assessed
  let status: QualityStatus | null = null
  if (assessed >= PROPORTION_METHOD_MIN_SECTIONS) {
    if (shareGood >= 0.9) status = 'excellent'
    else if (shareGood >= 0.75) status = 'good'
    else if (shareWorst < 0.2) status = 'light'
    else if (shareWorst < 0.4) status = 'moderate'
    else status = 'heavy'
  }
  return { assessed, shareGood, shareWorst, status }
}

export interface GroupChange {
  /** ΔG: change of the Ⅰ–Ⅲ share, in percentage points. */
  deltaGood: number
  /** ΔD: change of the 劣Ⅴ share, in percentage points. */
  deltaWorst: number
  /** ΔG − ΔD: > 0 better, < 0 worse. */
  score: number
  direction: ChangeDirection
  /** 'none' |score| ≤ 10, 'some' 10–20, 'marked' > 20 (bands from memory of the method, reference §2.5 / §7.2). */
  magnitude: 'none' | 'some' | 'marked'
  label: ChangeLabel
  labelEn: string
}

/** Change of a group between two periods by ΔG − ΔD (环办〔2011〕22号 §5.2). */
export function compareGroups(before: GroupEvaluation, after: GroupEvaluation): GroupChange {
  const deltaGood = (after.shareGood - before.shareGood) * 100
  const deltaWorst = (after.shareWorst - before.shareWorst) * 100
  // Round to 1e-9 so that 0.1 + 0.2 style noise does not turn "equal" into a change.
  const score = Math.round((deltaGood - deltaWorst) * 1e9) / 1e9
  const size = Math.abs(score)
  const magnitude = size <= 10 ? 'none' : size <= 20 ? 'some' : 'marked'
  const direction: ChangeDirection = score > 0 ? 'better' : score < 0 ? 'worse' : 'unchanged'
  const labelled = magnitude === 'none' ? labelFor('unchanged', false) : labelFor(direction, magnitude === 'marked')
  return { deltaGood, deltaWorst, score, direction, magnitude, ...labelled }
}
