import { describe, expect, it } from 'vitest'
import {
  changeCounts,
  compareClassLists,
  compareClasses,
  formatChangeCounts,
  referenceMonth,
  referencePeriodStart,
} from './change.ts'
import type { WaterClass } from './types.ts'

describe('compareClasses', () => {
  it.each<[WaterClass | null, WaterClass | null, string]>([
    [3, 4, 'better'],
    [6, 5, 'worse'],
    [1, 6, 'better'],
    [4, 4, 'same'],
    [null, 4, 'unknown'],
    [4, null, 'unknown'],
    [null, null, 'unknown'],
  ])('class %s against %s is %s', (current, reference, expected) => {
    expect(compareClasses(current, reference)).toBe(expected)
  })
})

describe('reference months', () => {
  it.each([
    ['2020-01', 'previous', '2019-12'],
    ['2020-01', 'lastYear', '2019-01'],
    ['2020-01', 'none', null],
  ] as const)('%s %s → %s', (month, compare, expected) => {
    expect(referenceMonth(month, compare)).toBe(expected)
  })

  it.each([
    ['2020-05', 'quarter', 'previous', '2020-01'],
    ['2020-02', 'quarter', 'previous', '2019-10'],
    ['2020-05', 'quarter', 'lastYear', '2019-04'],
    ['2020-05', 'year', 'previous', '2019-01'],
    ['2020-05', 'month', 'lastYear', '2019-05'],
  ] as const)('period of %s (%s) %s starts %s', (month, mode, compare, expected) => {
    expect(referencePeriodStart(month, mode, compare)).toBe(expected)
  })
})

describe('changeCounts', () => {
  it('counts the changes of two class columns ("好转 2 个, 变差 1 个")', () => {
    const current: (WaterClass | null)[] = [3, 4, 6, 5, null, 4]
    const previous: (WaterClass | null)[] = [4, 4, 5, 6, 3, 4]
    const counts = changeCounts(compareClassLists(current, previous))
    expect(counts).toEqual({ better: 2, worse: 1, same: 2, unknown: 1 })
    expect(formatChangeCounts(counts, 'zh')).toBe('好转 2 个, 变差 1 个')
    expect(formatChangeCounts(counts, 'en')).toBe('2 better, 1 worse')
  })

  it('counts a shorter reference column as unknown', () => {
    expect(changeCounts(compareClassLists([3, 3], [3]))).toEqual({ better: 0, worse: 0, same: 1, unknown: 1 })
  })
})
