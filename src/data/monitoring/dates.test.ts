import { describe, expect, it } from 'vitest'
import { parseMonthCell } from './dates.ts'

describe('parseMonthCell', () => {
  it.each([
    ['2020-06', '2020-06'],
    ['2020-6', '2020-06'],
    ['2020/6/15', '2020-06'],
    ['2020.06.15', '2020-06'],
    ['2020-06-15 09:30', '2020-06'],
    ['2020年6月', '2020-06'],
    ['2020年06月15日', '2020-06'],
    ['202006', '2020-06'],
    ['20200615', '2020-06'],
    [new Date(Date.UTC(2020, 5, 15)), '2020-06'],
    [202012, '2020-12'],
    [43997, '2020-06'],
    ['2020-13', null],
    ['2020/2/30', null],
    ['六月中旬', null],
    ['', null],
    [7, null],
    [null, null],
  ])('%o → %s', (cell, expected) => {
    expect(parseMonthCell(cell)).toBe(expected)
  })
})
