import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { periodMeans, stationClassOfPeriod, type StationReading } from './station-class.ts'

const EMPTY = { pH: null, DO: null, CODMn: null, NH3N: null, TP: null, TN: null, EC: null, TURB: null, WT: null }
function day(time: string, values: Partial<StationReading['values']>): StationReading {
  return { station: 'AS01', time, values: { ...EMPTY, pH: 7.5, DO: 7, CODMn: 3, NH3N: 0.4, TP: 0.08, TN: 0.9, ...values } }
}

describe('stationClassOfPeriod', () => {
  it('classes the month by its mean, not by its worst day (one NH3N day of 2.4 in a Ⅱ month stays Ⅲ)', () => {
    const month = deepFreeze([day('2019-03-01', { NH3N: 2.4 }), day('2019-03-02', { NH3N: 0.3 }), day('2019-03-03', { NH3N: 0.3 })])
    const result = stationClassOfPeriod(month, ['2019-03'])
    expect(result?.waterClass).toBe(3) // mean NH3N 1.0 mg/L = class Ⅲ limit (GB 3838-2002)
    expect(result?.itemClasses.NH3N).toBe(3)
  })

  it('never lets TN decide the class of a river station (reference item only)', () => {
    const result = stationClassOfPeriod([day('2019-03-01', { TN: 5 })], ['2019-03'])
    expect(result?.waterClass).toBe(2)
    expect(result?.referenceClasses.TN).toBe(6)
  })

  it('averages pH through its hydrogen-ion concentration (5.5 and 9.5 give 劣Ⅴ, not 7.5)', () => {
    const means = periodMeans([day('2019-03-01', { pH: 5.5 }), day('2019-03-02', { pH: 9.5 })], ['2019-03'])
    expect(means.pH).toBeCloseTo(5.8, 1)
    expect(stationClassOfPeriod([day('2019-03-01', { pH: 5.5 }), day('2019-03-02', { pH: 9.5 })], ['2019-03'])?.waterClass).toBe(6)
  })

  it('takes a quarter as the mean of all its days, skips days without a value, and reads only its months', () => {
    const readings = [
      day('2019-01-10', { TP: 0.35 }),
      day('2019-02-10', { TP: 0.05 }),
      day('2019-03-10', { TP: null }),
      day('2019-04-10', { TP: 0.9 }),
    ]
    const means = periodMeans(readings, ['2019-01', '2019-02', '2019-03'])
    expect(means.TP).toBeCloseTo(0.2, 10)
    expect(stationClassOfPeriod(readings, ['2019-01', '2019-02', '2019-03'])?.itemClasses.TP).toBe(3)
  })

  it('is null for a period without any reading', () => {
    expect(stationClassOfPeriod([day('2019-03-01', {})], ['2019-04'])).toBeNull()
  })

  it('works on hourly readings too ("YYYY-MM-DDTHH")', () => {
    expect(stationClassOfPeriod([day('2020-12-01T05', { CODMn: 11 })], ['2020-12'])?.waterClass).toBe(5)
  })
})
