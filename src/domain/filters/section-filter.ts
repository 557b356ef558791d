/**
 * Filter predicates over sections: kinds combine with AND, options within a kind with OR, and
 * an empty option list means "no constraint" (kepler.gl `multiSelect`, uMap checkbox facets).
 */
import {
  FILTER_KINDS,
  type Attainment,
  type ClassOption,
  type FilterKind,
  type FilterableSection,
  type Level,
  type SectionFilter,
  type SectionState,
} from './types.ts'

/** The option type of each list-valued kind. */
export interface FilterOptionTypes {
  classes: ClassOption
  levels: Level
  rivers: string
  towns: string
  attainment: Attainment
}

/** A filter that lets every section through. */
export function emptyFilter(): SectionFilter {
  return { classes: [], levels: [], rivers: [], towns: [], attainment: [], changedOnly: false }
}

/** True when the filter constrains nothing. */
export function isFilterEmpty(filter: SectionFilter): boolean {
  return FILTER_KINDS.every((kind) => filter[kind].length === 0) && !filter.changedOnly
}

/** Alias of `isFilterEmpty`. */
export const isEmpty = isFilterEmpty

/** Clear one kind (or `'changedOnly'`), or everything when no kind is given ("one click clears all"). */
export function clearFilter(filter: SectionFilter, kind?: FilterKind | 'changedOnly'): SectionFilter {
  if (kind === undefined) return emptyFilter()
  if (kind === 'changedOnly') return { ...filter, changedOnly: false }
  return { ...filter, [kind]: [] }
}

/** The kinds that currently constrain (non-empty lists, plus 'changedOnly' when on). */
export function activeFilterKinds(filter: SectionFilter): (FilterKind | 'changedOnly')[] {
  const kinds: (FilterKind | 'changedOnly')[] = FILTER_KINDS.filter((kind) => filter[kind].length > 0)
  if (filter.changedOnly) kinds.push('changedOnly')
  return kinds
}

/** Add the option when absent, remove it when present (a checkbox click). */
export function toggleFilterOption<K extends FilterKind>(
  filter: SectionFilter,
  kind: K,
  option: FilterOptionTypes[K],
): SectionFilter {
  const current = filter[kind] as FilterOptionTypes[K][]
  const next = current.includes(option) ? current.filter((value) => value !== option) : [...current, option]
  return { ...filter, [kind]: next }
}

/** Replace the options of one kind (duplicates dropped, order kept). */
export function setFilterOptions<K extends FilterKind>(
  filter: SectionFilter,
  kind: K,
  options: readonly FilterOptionTypes[K][],
): SectionFilter {
  return { ...filter, [kind]: [...new Set(options)] }
}

/** The value a section has for a kind this month (null: matches no option of that kind). */
export function optionOfSection<K extends FilterKind>(
  kind: K,
  section: FilterableSection,
  state: SectionState,
): FilterOptionTypes[K] | null {
  // A switch, not an object of all five values: this runs for every section and kind on each filter
  // change and clock step (10,000 sections: 100,000 calls), see docs/performance.md.
  let value: FilterOptionTypes[FilterKind] | null
  switch (kind) {
    case 'classes':
      value = state.waterClass ?? 'none'
      break
    case 'levels':
      value = section.level
      break
    case 'rivers':
      value = section.river
      break
    case 'towns':
      value = section.town
      break
    default:
      value = state.attainment
  }
  return value as FilterOptionTypes[K] | null
}

/** True when the section's class changed against the reference (好转 or 变差). */
export function hasChanged(state: SectionState): boolean {
  return state.change === 'better' || state.change === 'worse'
}

/** Does the section pass one kind of the filter? (An empty kind always passes.) */
export function matchesFilterKind(
  kind: FilterKind | 'changedOnly',
  section: FilterableSection,
  state: SectionState,
  filter: SectionFilter,
): boolean {
  if (kind === 'changedOnly') return !filter.changedOnly || hasChanged(state)
  const options = filter[kind] as unknown[]
  if (options.length === 0) return true
  const value = optionOfSection(kind, section, state)
  return value !== null && options.includes(value)
}

/**
 * Does the section pass the whole filter this month? `state` is the section's class, attainment
 * and change for the clock's month (or period). A section without data (class null) passes the
 * class kind only when 'none' (无数据) is selected, and never passes an attainment constraint.
 */
export function matchesSectionFilter(section: FilterableSection, state: SectionState, filter: SectionFilter): boolean {
  return (
    FILTER_KINDS.every((kind) => matchesFilterKind(kind, section, state, filter)) &&
    matchesFilterKind('changedOnly', section, state, filter)
  )
}
