import { describe, expect, it } from 'vitest'
import {
  activeFilterKinds,
  clearFilter,
  emptyFilter,
  isEmpty,
  matchesSectionFilter,
  setFilterOptions,
  toggleFilterOption,
} from './section-filter.ts'
import { filterCounts } from './filter-counts.ts'
import type { FilterableSection, SectionFilter, SectionState } from './types.ts'

// Five sections with this month's state, as the water-quality engine would give them.
const sections: FilterableSection[] = [
  { id: 'FX01', river: '金汇港', town: '青村镇', level: 'national' },
  { id: 'FX02', river: '金汇港', town: '金汇镇', level: 'municipal' },
  { id: 'FX03', river: '竹港', town: '西渡街道', level: 'municipal' },
  { id: 'FX20', river: '南沙港', town: '奉城镇', level: 'district' },
  { id: 'FX40', river: '南沙港', town: '奉城镇', level: 'town' },
]
const states: SectionState[] = [
  { waterClass: 3, attainment: 'met', change: 'better' },
  { waterClass: 4, attainment: 'unmet', change: 'worse' },
  { waterClass: 6, attainment: 'unmet', change: 'same' },
  { waterClass: 6, attainment: 'unmet', change: 'better' },
  { waterClass: null, attainment: null, change: 'unknown' },
]

function visible(filter: Partial<SectionFilter>): string[] {
  const full = { ...emptyFilter(), ...filter }
  return sections.filter((section, index) => matchesSectionFilter(section, states[index]!, full)).map((section) => section.id)
}

describe('matchesSectionFilter', () => {
  it.each<[string, Partial<SectionFilter>, string[]]>([
    ['empty filter lets everything through', {}, ['FX01', 'FX02', 'FX03', 'FX20', 'FX40']],
    ['劣Ⅴ only', { classes: [6] }, ['FX03', 'FX20']],
    ['Ⅴ and 劣Ⅴ (OR within a kind)', { classes: [5, 6] }, ['FX03', 'FX20']],
    ['无数据 picks sections without a sample', { classes: ['none'] }, ['FX40']],
    ['劣Ⅴ AND municipal (AND across kinds)', { classes: [6], levels: ['municipal'] }, ['FX03']],
    ['assessed sections (国考 OR 市考)', { levels: ['national', 'municipal'] }, ['FX01', 'FX02', 'FX03']],
    ['one river', { rivers: ['金汇港'] }, ['FX01', 'FX02']],
    ['one town', { towns: ['奉城镇'] }, ['FX20', 'FX40']],
    ['未达标 excludes sections without data', { attainment: ['unmet'] }, ['FX02', 'FX03', 'FX20']],
    ['changed only keeps 好转 and 变差', { changedOnly: true }, ['FX01', 'FX02', 'FX20']],
    ['changed only AND 劣Ⅴ', { changedOnly: true, classes: [6] }, ['FX20']],
    ['contradictory kinds give nothing', { rivers: ['竹港'], towns: ['奉城镇'] }, []],
  ])('%s', (_name, filter, expected) => {
    expect(visible(filter)).toEqual(expected)
  })
})

describe('filter editing', () => {
  it('toggles options on and off, and clears one kind or all', () => {
    let filter = toggleFilterOption(emptyFilter(), 'classes', 6)
    filter = toggleFilterOption(filter, 'levels', 'national')
    expect(filter.classes).toEqual([6])
    expect(isEmpty(filter)).toBe(false)
    expect(activeFilterKinds(filter)).toEqual(['classes', 'levels'])
    expect(toggleFilterOption(filter, 'classes', 6).classes).toEqual([])
    expect(clearFilter(filter, 'classes')).toEqual({ ...filter, classes: [] })
    expect(isEmpty(clearFilter({ ...filter, changedOnly: true }))).toBe(true)
  })

  it('drops duplicate options', () => {
    expect(setFilterOptions(emptyFilter(), 'rivers', ['竹港', '竹港', '金汇港']).rivers).toEqual(['竹港', '金汇港'])
  })

  it('does not change the filter it is given', () => {
    const filter = Object.freeze({ ...emptyFilter(), classes: Object.freeze([5]) as unknown as [5] })
    expect(() => toggleFilterOption(filter, 'classes', 6)).not.toThrow()
    expect(filter.classes).toEqual([5])
  })
})

describe('filterCounts (faceted counts)', () => {
  it('with no filter, counts every option over all sections', () => {
    const counts = filterCounts(sections, states, emptyFilter())
    expect(counts.classes).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 2, none: 1 })
    expect(counts.levels).toEqual({ national: 1, municipal: 2, district: 1, town: 1 })
    expect(counts.rivers).toEqual({ 金汇港: 2, 竹港: 1, 南沙港: 2 })
    expect(counts.attainment).toEqual({ met: 1, unmet: 3 })
    expect(counts).toMatchObject({ changed: 3, matching: 5, total: 5 })
  })

  it('ticking 劣Ⅴ keeps the other class counts and narrows the other kinds', () => {
    const counts = filterCounts(sections, states, { ...emptyFilter(), classes: [6] })
    // Class counts ignore the class selection itself: they say what ticking another class adds.
    expect(counts.classes).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 2, none: 1 })
    expect(counts.levels).toEqual({ national: 0, municipal: 1, district: 1, town: 0 })
    expect(counts.rivers).toEqual({ 金汇港: 0, 竹港: 1, 南沙港: 1 })
    expect(counts.towns).toMatchObject({ 奉城镇: 1, 西渡街道: 1, 青村镇: 0 })
    expect(counts).toMatchObject({ changed: 1, matching: 2 })
  })

  it('with two kinds active, each kind is counted under the other', () => {
    const counts = filterCounts(sections, states, { ...emptyFilter(), classes: [6], levels: ['municipal'] })
    expect(counts.classes).toMatchObject({ 4: 1, 6: 1, 3: 0 })
    expect(counts.levels).toMatchObject({ municipal: 1, district: 1, national: 0 })
    expect(counts.rivers).toEqual({ 金汇港: 0, 竹港: 1, 南沙港: 0 })
    expect(counts.matching).toBe(1)
  })

  it('changed only narrows the option counts but not its own count', () => {
    const counts = filterCounts(sections, states, { ...emptyFilter(), changedOnly: true })
    expect(counts.classes).toMatchObject({ 3: 1, 4: 1, 6: 1, none: 0 })
    expect(counts.changed).toBe(3)
    expect(counts.matching).toBe(3)
  })

  it('keeps a selected river that no section has, at 0', () => {
    const counts = filterCounts(sections, states, { ...emptyFilter(), rivers: ['黄河'] })
    expect(counts.rivers).toEqual({ 金汇港: 2, 竹港: 1, 南沙港: 2, 黄河: 0 })
    expect(counts.matching).toBe(0)
  })

  it('treats a missing state as no data', () => {
    const counts = filterCounts(sections, states.slice(0, 2), emptyFilter())
    expect(counts.classes.none).toBe(3)
  })
})
