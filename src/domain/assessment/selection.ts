/**
 * Which months (the period) and which sections (the group) a board is about.
 */
import { monthOf, monthRange, yearOf } from '../water-quality/index.ts'
import type { SeriesTable } from './series-table.ts'

export type PeriodKind = 'month' | 'quarter' | 'year' | 'ytd' | 'range'

/** A period as chosen on the board; first and last are 'YYYY-MM', both included. */
export interface AssessmentPeriod {
  kind: PeriodKind
  first: string
  last: string
}

/** The period of a kind that holds `month` (year to date: January of its year to the month). */
export function periodAround(kind: Exclude<PeriodKind, 'range'>, month: string): AssessmentPeriod {
  const year = yearOf(month)
  const number = Number(month.slice(5, 7))
  if (kind === 'month') return { kind, first: month, last: month }
  if (kind === 'quarter') {
    const start = Math.floor((number - 1) / 3) * 3 + 1
    return { kind, first: monthOf(year, start), last: monthOf(year, start + 2) }
  }
  if (kind === 'year') return { kind, first: monthOf(year, 1), last: monthOf(year, 12) }
  return { kind, first: monthOf(year, 1), last: month }
}

/** A custom month range; the two ends are put in order. */
export function periodBetween(first: string, last: string): AssessmentPeriod {
  return first <= last ? { kind: 'range', first, last } : { kind: 'range', first: last, last: first }
}

/** The same period a year earlier (同比). */
export function samePeriodYearBefore(period: AssessmentPeriod): AssessmentPeriod {
  const back = (month: string) => monthOf(yearOf(month) - 1, Number(month.slice(5, 7)))
  return { kind: period.kind, first: back(period.first), last: back(period.last) }
}

export function monthsOf(period: AssessmentPeriod): string[] {
  return monthRange(period.first, period.last)
}

/**
 * A group: the assessed sections (国考 + 市考), all sections, one river, one town, or a list of ids (the
 * current filter).
 */
export type AssessmentGroup =
  | { kind: 'assessed' }
  | { kind: 'all' }
  | { kind: 'river'; name: string }
  | { kind: 'town'; name: string }
  | { kind: 'ids'; ids: readonly string[] }

export const ASSESSED_LEVELS: ReadonlySet<string> = new Set(['national', 'municipal'])

export function groupKey(group: AssessmentGroup): string {
  switch (group.kind) {
    case 'assessed':
    case 'all':
      return group.kind
    case 'river':
    case 'town':
      return `${group.kind}:${group.name}`
    case 'ids':
      return `ids:${[...group.ids].sort().join(',')}`
  }
}

/** Section indexes of a group, in register order. */
export function sectionsOfGroup(table: SeriesTable, group: AssessmentGroup): number[] {
  const wanted = group.kind === 'ids' ? new Set(group.ids) : null
  const indexes: number[] = []
  table.sections.forEach((section, index) => {
    const inGroup =
      group.kind === 'all' ||
      (group.kind === 'assessed' && section.level !== null && ASSESSED_LEVELS.has(section.level)) ||
      (group.kind === 'river' && section.river === group.name) ||
      (group.kind === 'town' && section.town === group.name) ||
      (wanted !== null && wanted.has(section.id))
    if (inGroup) indexes.push(index)
  })
  return indexes
}

/** River and town names of the register, for the group picker. */
export function groupNames(table: SeriesTable): { rivers: string[]; towns: string[] } {
  const rivers = new Set<string>()
  const towns = new Set<string>()
  for (const section of table.sections) {
    if (section.river) rivers.add(section.river)
    if (section.town) towns.add(section.town)
  }
  return { rivers: [...rivers].sort((a, b) => a.localeCompare(b, 'zh')), towns: [...towns].sort((a, b) => a.localeCompare(b, 'zh')) }
}
