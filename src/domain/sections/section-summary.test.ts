import { describe, expect, it } from 'vitest'
import { monthlyAttainment, summariseSections } from './section-summary.ts'

describe('summariseSections', () => {
  it('counts classes, attainment and changes as a leader reads them', () => {
    const summary = summariseSections([
      { waterClass: 3, attainment: 'met', change: 'better' },
      { waterClass: 4, attainment: 'met', change: 'same' },
      { waterClass: 4, attainment: 'unmet', change: 'worse' },
      { waterClass: null, attainment: null, change: 'unknown' },
    ])
    expect(summary.byClass).toEqual([0, 0, 1, 2, 0, 0])
    expect(summary).toMatchObject({ total: 4, noData: 1, met: 2, judged: 3, better: 1, worse: 1, same: 1 })
  })
})

describe('monthlyAttainment', () => {
  it('names the months a section missed its target although its year met it', () => {
    const history = [
      { month: '2018-12', waterClass: 5 },
      { month: '2019-05', waterClass: 3 },
      { month: '2019-06', waterClass: 4 },
      { month: '2019-07', waterClass: 0 },
      { month: '2019-08', waterClass: 2 },
    ]
    const months = ['2019-05', '2019-06', '2019-07', '2019-08']
    expect(monthlyAttainment(history, months, 3)).toEqual({ sampled: 3, met: 2, unmetMonths: ['2019-06'] })
  })
})
