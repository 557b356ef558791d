import { describe, expect, it } from 'vitest'
import { classifyMeasurements } from './classify.ts'
import { parseMeasurement, type Measurement } from './measurement.ts'
import { aggregatePeriod, monthRange, monthsOfQuarter, monthsOfYear, quarterOf, yearOf, type MonthlySample } from './period.ts'
import type { Indicator } from './indicators.ts'

function sample(month: string, cells: Partial<Record<Indicator, string>>): MonthlySample {
  const values: Partial<Record<Indicator, Measurement>> = {}
  for (const [code, text] of Object.entries(cells)) values[code as Indicator] = parseMeasurement(text as string)
  return { month, values }
}

describe('months, quarters, years', () => {
  it.each([
    ['2019-01', 2019, '2019-Q1'],
    ['2019-03', 2019, '2019-Q1'],
    ['2019-04', 2019, '2019-Q2'],
    ['2020-12', 2020, '2020-Q4'],
  ])('%s is in %s and %s', (month, year, quarter) => {
    expect(yearOf(month)).toBe(year)
    expect(quarterOf(month)).toBe(quarter)
  })
  it('lists the months of a quarter, a year and a range', () => {
    expect(monthsOfQuarter('2019-Q4')).toEqual(['2019-10', '2019-11', '2019-12'])
    expect(monthsOfYear(2020)).toHaveLength(12)
    expect(monthRange('2018-11', '2019-02')).toEqual(['2018-11', '2018-12', '2019-01', '2019-02'])
    expect(monthRange('2018-01', '2020-12')).toHaveLength(36)
  })
  it.each(['2019-13', '2019-1', '19-01', ''])('rejects %j', (text) => {
    expect(() => yearOf(text)).toThrow(RangeError)
  })
})

describe('aggregatePeriod', () => {
  it('classes the period from the mean, not from the mean of monthly classes', () => {
    // Monthly TP classes Ⅱ, Ⅱ, 劣Ⅴ: the mean of the classes would be (2+2+6)/3 ≈ 3.3 → Ⅲ; the worst month would be 劣Ⅴ.
    // The mean concentration (0.08+0.08+0.50)/3 = 0.22 mg/L is Ⅳ, and that is the period's class.
    const samples = [sample('2019-01', { TP: '0.08' }), sample('2019-02', { TP: '0.08' }), sample('2019-03', { TP: '0.50' })]
    expect(samples.map((s) => classifyMeasurements(s.values).waterClass)).toEqual([2, 2, 6])
    const period = aggregatePeriod(samples)
    expect(period.means.TP).toBeCloseTo(0.22)
    expect(period.classification.waterClass).toBe(4)
    expect(period.classification.mainPollutants[0]?.indicator).toBe('TP')
  })
  it('skips months without a sample instead of counting them as zero', () => {
    const samples = [sample('2019-04', { NH3N: '1.2' }), sample('2019-05', { NH3N: '停测' }), sample('2019-06', { NH3N: '' }), sample('2019-07', { NH3N: '1.4' })]
    const period = aggregatePeriod(samples)
    expect(period.sampledMonths).toEqual(['2019-04', '2019-07'])
    expect(period.means.NH3N).toBeCloseTo(1.3)
    expect(period.counts.NH3N).toBe(2)
    expect(period.classification.waterClass).toBe(4)
  })
  it('counts below-detection values as half the detection limit in the mean', () => {
    const period = aggregatePeriod([sample('2019-01', { NH3N: '<0.05' }), sample('2019-02', { NH3N: '0.295' })])
    expect(period.means.NH3N).toBeCloseTo(0.16)
    expect(period.classification.itemClasses.NH3N).toBe(2)
  })
  it('an item below detection all period meets the best class', () => {
    const period = aggregatePeriod([sample('2019-01', { Cd: '<0.005' }), sample('2019-02', { Cd: 'ND' })])
    expect(period.allBelowDetection).toEqual(['Cd'])
    expect(period.classification.itemClasses.Cd).toBe(1)
  })
  it('a period with no sample at all has no class', () => {
    const period = aggregatePeriod([sample('2019-01', { TP: '停测' }), sample('2019-02', {})])
    expect(period.sampledMonths).toEqual([])
    expect(period.classification.waterClass).toBeNull()
  })
  it('uses lake limits when asked', () => {
    const period = aggregatePeriod([sample('2019-01', { TP: '0.04' }), sample('2019-02', { TP: '0.06' })], { waterbody: 'lake' })
    expect(period.classification.waterClass).toBe(3)
  })
})
