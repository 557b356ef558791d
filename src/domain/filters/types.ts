/**
 * Minimal local types for filtering sections. They are structurally compatible with the
 * water-quality engine (src/domain/water-quality: WaterClass = 1…6) but deliberately not imported
 * from it, so that the filter model does not depend on the engine's internals.
 */

/** GB 3838-2002 class: 1–5 = Ⅰ–Ⅴ, 6 = 劣Ⅴ (worse than Ⅴ, 环办〔2011〕22号). */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6

/** A class option of the filter: a class, or 'none' for sections without data that month (无数据). */
export type ClassOption = WaterClass | 'none'

/** Section level: 国考 (national), 市考 (municipal), 区控 (district), 镇级 (town). */
export type Level = 'national' | 'municipal' | 'district' | 'town'

/** Target attainment (达标 / 未达标). */
export type Attainment = 'met' | 'unmet'

/** Change of class against a reference month: 好转 / 变差 / 不变 / unknown (no data on a side). */
export type Change = 'better' | 'worse' | 'same' | 'unknown'

export const WATER_CLASSES: readonly WaterClass[] = [1, 2, 3, 4, 5, 6]
export const CLASS_OPTIONS: readonly ClassOption[] = [1, 2, 3, 4, 5, 6, 'none']
export const LEVELS: readonly Level[] = ['national', 'municipal', 'district', 'town']
export const ATTAINMENTS: readonly Attainment[] = ['met', 'unmet']
export const CHANGES: readonly Change[] = ['better', 'worse', 'same', 'unknown']

/** UI names of the levels. */
export const LEVEL_NAMES: Record<Level, { zh: string; en: string }> = {
  national: { zh: '国考', en: 'National' },
  municipal: { zh: '市考', en: 'Municipal' },
  district: { zh: '区控', en: 'District' },
  town: { zh: '镇级', en: 'Town' },
}

/**
 * The section filter, as data (kepler.gl style). An empty list puts no constraint on its kind;
 * kinds combine with AND, the options inside one kind with OR.
 */
export interface SectionFilter {
  classes: ClassOption[]
  levels: Level[]
  rivers: string[]
  towns: string[]
  attainment: Attainment[]
  /** Only sections whose class changed (better or worse) against the compare reference. */
  changedOnly: boolean
}

/** The list-valued kinds of SectionFilter. */
export type FilterKind = 'classes' | 'levels' | 'rivers' | 'towns' | 'attainment'

export const FILTER_KINDS: readonly FilterKind[] = ['classes', 'levels', 'rivers', 'towns', 'attainment']

/** The fixed properties of a section the filter looks at (from sections.geojson). */
export interface FilterableSection {
  id: string
  river: string
  town: string
  level: Level
}

/** What the clock says about a section this month (computed by the water-quality engine). */
export interface SectionState {
  /** Class of the current month or period; null when there is no sample (停测 / 无数据). */
  waterClass: WaterClass | null
  /** Target attainment; null when there is no class. */
  attainment: Attainment | null
  /** Change against the compare reference; 'unknown' when comparing is off or a side has no data. */
  change: Change
}

/** A section with no data: what a missing state means. */
export const UNKNOWN_STATE: SectionState = { waterClass: null, attainment: null, change: 'unknown' }
