import { describe, expect, it } from 'vitest'
import { describeClasses, filterSummary } from './filter-summary.ts'
import { emptyFilter } from './section-filter.ts'

describe('describeClasses', () => {
  it('reads a run down to 劣Ⅴ as "…及以下" and a run from Ⅰ as "…及以上"', () => {
    expect(describeClasses([4, 5, 6], 'zh')).toBe('Ⅳ类及以下')
    expect(describeClasses([6, 5, 4], 'en')).toBe('class Ⅳ or worse')
    expect(describeClasses([1, 2, 3], 'zh')).toBe('Ⅲ类及以上')
  })

  it('lists other sets, with no data last', () => {
    expect(describeClasses([2, 5], 'zh')).toBe('Ⅱ类/Ⅴ类')
    expect(describeClasses([6], 'zh')).toBe('劣Ⅴ类')
    expect(describeClasses(['none', 5, 6], 'zh')).toBe('Ⅴ类及以下/无数据')
  })
})

describe('filterSummary', () => {
  it('is empty for an empty filter', () => {
    expect(filterSummary(emptyFilter(), 'zh')).toEqual([])
  })

  it('words every active kind in the panel order', () => {
    const filter = { ...emptyFilter(), classes: [4, 5, 6] as const, levels: ['national', 'municipal'] as const, towns: ['奉城镇'], changedOnly: true }
    const parts = filterSummary({ ...filter, classes: [...filter.classes], levels: [...filter.levels] }, 'zh')
    expect(parts.map((part) => part.text).join(' · ')).toBe('Ⅳ类及以下 · 国考/市考 · 奉城镇 · 仅有变化')
  })
})

describe('filterSummary in English', () => {
  it('words rivers and towns with the names the caller gives (name_en from the data)', () => {
    const english: Record<string, string> = { 浦南运河: 'Punan Canal', 奉城镇: 'Fengcheng Town' }
    const parts = filterSummary({ classes: [], levels: [], rivers: ['浦南运河'], towns: ['奉城镇', '未知镇'], attainment: [], changedOnly: false }, 'en', (_kind, name) => english[name] ?? name)
    expect(parts.map((part) => part.text)).toEqual(['Punan Canal', 'Fengcheng Town, 未知镇'])
  })
})
