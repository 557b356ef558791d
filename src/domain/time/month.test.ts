import { describe, expect, it } from 'vitest'
import {
  addMonths,
  clampMonth,
  isMonth,
  monthFromIndex,
  monthIndex,
  monthRange,
  monthsBetween,
  previousMonth,
  sameMonthLastYear,
} from './month.ts'
import { addPeriods, monthsOfPeriod, periodOf, periodsBetween, samePeriodLastYear } from './period.ts'
import { formatMonth, formatPeriod, formatPeriodMode } from './format.ts'

describe('months', () => {
  it.each([
    ['2020-06', true],
    ['2020-12', true],
    ['2020-13', false],
    ['2020-00', false],
    ['2020-6', false],
    ['2020/06', false],
    [' 2020-06', false],
    [202006, false],
  ])('isMonth(%j) is %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected)
  })

  it.each([
    ['2020-01', -1, '2019-12'],
    ['2019-12', 1, '2020-01'],
    ['2020-06', 0, '2020-06'],
    ['2020-06', 18, '2021-12'],
    ['2020-06', -30, '2017-12'],
  ])('addMonths(%s, %i) = %s across year ends', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected)
  })

  it.each([
    ['2020-01', '2019-12', '2019-01'],
    ['2020-03', '2020-02', '2019-03'],
  ])('references of %s: 环比 %s, 同比 %s', (month, previous, lastYear) => {
    expect(previousMonth(month)).toBe(previous)
    expect(sameMonthLastYear(month)).toBe(lastYear)
  })

  it('counts consecutive months as consecutive integers', () => {
    expect(monthIndex('2020-01') - monthIndex('2019-12')).toBe(1)
    expect(monthFromIndex(monthIndex('2018-07'))).toBe('2018-07')
    expect(monthsBetween('2018-01', '2020-12')).toBe(35)
  })

  it('lists a range inclusively, and nothing when reversed', () => {
    const range = monthRange('2018-01', '2020-12')
    expect(range).toHaveLength(36)
    expect(range[0]).toBe('2018-01')
    expect(range[12]).toBe('2019-01')
    expect(range.at(-1)).toBe('2020-12')
    expect(monthRange('2020-02', '2020-01')).toEqual([])
  })

  it('clamps into a range', () => {
    expect(clampMonth('2017-05', '2018-01', '2020-12')).toBe('2018-01')
    expect(clampMonth('2021-05', '2018-01', '2020-12')).toBe('2020-12')
    expect(clampMonth('2019-05', '2018-01', '2020-12')).toBe('2019-05')
  })
})

describe('periods', () => {
  it.each([
    ['2020-01', 'quarter', '2020-Q1', '2020-01', '2020-03'],
    ['2020-06', 'quarter', '2020-Q2', '2020-04', '2020-06'],
    ['2020-12', 'quarter', '2020-Q4', '2020-10', '2020-12'],
    ['2020-06', 'year', '2020', '2020-01', '2020-12'],
    ['2020-06', 'month', '2020-06', '2020-06', '2020-06'],
  ] as const)('periodOf(%s, %s) is %s (%s…%s)', (month, mode, key, first, last) => {
    const period = periodOf(month, mode)
    expect(period.key).toBe(key)
    expect(period.first).toBe(first)
    expect(period.last).toBe(last)
  })

  it('lists the months of a period', () => {
    expect(monthsOfPeriod(periodOf('2019-05', 'quarter'))).toEqual(['2019-04', '2019-05', '2019-06'])
    expect(monthsOfPeriod(periodOf('2019-05', 'year'))).toHaveLength(12)
  })

  it('steps periods across year ends', () => {
    expect(addPeriods(periodOf('2019-11', 'quarter'), 1).key).toBe('2020-Q1')
    expect(addPeriods(periodOf('2019-02', 'quarter'), -1).key).toBe('2018-Q4')
    expect(samePeriodLastYear(periodOf('2020-05', 'quarter')).key).toBe('2019-Q2')
  })

  it('lists partly covered periods of a range', () => {
    expect(periodsBetween('2018-02', '2019-01', 'quarter').map((period) => period.key)).toEqual([
      '2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4', '2019-Q1',
    ])
    expect(periodsBetween('2018-01', '2020-12', 'year').map((period) => period.key)).toEqual(['2018', '2019', '2020'])
  })
})

describe('labels', () => {
  it.each([
    ['2020-06', 'month', 'zh', '2020年6月'],
    ['2020-06', 'month', 'en', 'Jun 2020'],
    ['2020-01', 'month', 'en', 'Jan 2020'],
    ['2020-06', 'quarter', 'zh', '2020年第2季度'],
    ['2020-06', 'quarter', 'en', '2020 Q2'],
    ['2020-06', 'year', 'zh', '2020年'],
    ['2020-06', 'year', 'en', '2020'],
  ] as const)('%s in %s mode reads %j in %s', (month, mode, locale, expected) => {
    expect(formatPeriod(periodOf(month, mode), locale)).toBe(expected)
  })

  it('formats months and mode names', () => {
    expect(formatMonth('2019-12', 'zh')).toBe('2019年12月')
    expect(formatPeriodMode('quarter', 'zh')).toBe('季度')
  })
})
