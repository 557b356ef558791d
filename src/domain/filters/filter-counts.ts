/**
 * Live counts next to every filter option, with faceted-search semantics:
 *
 *   the count of option O of kind K = the number of sections that pass every OTHER active kind
 *   (and `changedOnly`) and have the value O for K.
 *
 * So ticking 劣Ⅴ does not turn the other class counts to zero (they show what ticking them as
 * well would add), while the level, river, town and attainment counts shrink to the 劣Ⅴ
 * sections. `changed` is counted the same way: sections passing every list kind that changed.
 * `matching` is the number of sections passing the whole filter (the list under the map).
 */
import { hasChanged, matchesFilterKind, optionOfSection } from './section-filter.ts'
import {
  ATTAINMENTS,
  CLASS_OPTIONS,
  FILTER_KINDS,
  LEVELS,
  UNKNOWN_STATE,
  type Attainment,
  type ClassOption,
  type FilterKind,
  type FilterableSection,
  type Level,
  type SectionFilter,
  type SectionState,
} from './types.ts'

export interface FilterCounts {
  classes: Record<ClassOption, number>
  levels: Record<Level, number>
  /** Every river of the sections (in first-seen order) and every selected river, including those counting 0. */
  rivers: Record<string, number>
  /** Every town of the sections (in first-seen order), including those counting 0. */
  towns: Record<string, number>
  attainment: Record<Attainment, number>
  /** Sections that changed (好转 or 变差) among those passing every list kind. */
  changed: number
  /** Sections passing the whole filter. */
  matching: number
  /** All sections. */
  total: number
}

const KINDS_AND_CHANGED: readonly (FilterKind | 'changedOnly')[] = [...FILTER_KINDS, 'changedOnly']

function zeroCounts<T extends string | number>(options: readonly T[]): Record<T, number> {
  const counts = {} as Record<T, number>
  for (const option of options) counts[option] = 0
  return counts
}

/**
 * Counts per option of each kind. `states[i]` is the state of `sections[i]` this month (same
 * order as the class matrix); a missing state counts as "no data".
 */
export function filterCounts(
  sections: readonly FilterableSection[],
  states: readonly (SectionState | undefined)[],
  filter: SectionFilter,
): FilterCounts {
  const counts: FilterCounts = {
    classes: zeroCounts(CLASS_OPTIONS),
    levels: zeroCounts(LEVELS),
    // Selected names stay listed even when no section has them (e.g. from an old link).
    rivers: zeroCounts([...new Set([...sections.map((section) => section.river), ...filter.rivers])]),
    towns: zeroCounts([...new Set([...sections.map((section) => section.town), ...filter.towns])]),
    attainment: zeroCounts(ATTAINMENTS),
    changed: 0,
    matching: 0,
    total: sections.length,
  }
  const tally = counts as unknown as Record<FilterKind, Record<string, number>>

  sections.forEach((section, index) => {
    const state = states[index] ?? UNKNOWN_STATE
    // The kind the section fails, if only one (no array per section: this runs for all 10,000 on each
    // change). A section failing two or more kinds cannot be brought in by changing one kind.
    let failing = 0
    let only: FilterKind | 'changedOnly' | undefined
    for (const kind of KINDS_AND_CHANGED) {
      if (matchesFilterKind(kind, section, state, filter)) continue
      failing += 1
      only = kind
      if (failing > 1) return
    }
    if (only === undefined) counts.matching += 1
    for (const kind of FILTER_KINDS) {
      if (only !== undefined && only !== kind) continue
      const value = optionOfSection(kind, section, state)
      if (value === null) continue
      const key = String(value)
      tally[kind][key] = (tally[kind][key] ?? 0) + 1
    }
    if ((only === undefined || only === 'changedOnly') && hasChanged(state)) counts.changed += 1
  })
  return counts
}
