// Issue 13 §3: the three defects found by independent checks, and the rules of reference §2.4 / §2.6.
import { describe, expect, it } from 'vitest'
import { compareSectionBoth } from './change.ts'
import { classifyMeasurements, classifySample } from './classify.ts'
import { describeMainPollutant } from './format.ts'
import { classifyGroupByMeans } from './group-means.ts'
import { parseMeasurement } from './measurement.ts'
import { aggregatePeriod } from './period.ts'
import { formatExceedance, roundHalfEven } from './rounding.ts'
import { describeInvalidValue, findInvalidValues } from './validity.ts'

describe('period means are rounded half-to-even to the evaluation decimals before classing (§2.6)', () => {
  it('TP mean of 0.1, 0.2, 0.3 is 0.200 → Ⅲ with no main pollutant', () => {
    const samples = ['0.1', '0.2', '0.3'].map((tp, index) => ({ month: `2019-0${index + 1}`, values: { TP: parseMeasurement(tp) } }))
    const { classification } = aggregatePeriod(samples)
    expect(classification.waterClass).toBe(3)
    expect(classification.mainPollutants).toEqual([])
  })
  it('the group-by-means class (< 5 sections) is rounded too', () => {
    expect(classifyGroupByMeans([{ TP: 0.1 }, { TP: 0.2 }, { TP: 0.3 }]).classification.waterClass).toBe(3)
  })
  it.each([
    [0.2125, 3, 0.212],
    [0.2135, 3, 0.214],
    [0.20000000000000004, 3, 0.2],
    [1.005, 2, 1],
    [1.015, 2, 1.02],
    [0.825, 2, 0.82],
    [2.5, 0, 2],
    [3.5, 0, 4],
    [0.2126, 3, 0.213],
  ])('roundHalfEven(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundHalfEven(value, decimals)).toBe(expected)
  })
})

describe('TN is a reference item everywhere', () => {
  it('a lake {TN 1.8, TP 0.02, DO 8} is Ⅱ, with TN reported as Ⅴ beside it', () => {
    const lake = classifySample({ TN: 1.8, TP: 0.02, DO: 8 }, { waterbody: 'lake' })
    expect(lake.waterClass).toBe(2)
    expect(lake.totalNitrogenClass).toBe(5)
    expect(lake.mainPollutants).toEqual([])
  })
})

describe('negative concentrations are invalid data', () => {
  it('CODMn −1 is not classed Ⅰ and DO −1 is not classed 劣Ⅴ', () => {
    expect(classifySample({ CODMn: -1 }).waterClass).toBeNull()
    expect(classifySample({ DO: -1 }).waterClass).toBeNull()
    const mixed = classifySample({ CODMn: -1, NH3N: 0.4 })
    expect(mixed.waterClass).toBe(2)
    expect(mixed.invalidItems).toEqual(['CODMn'])
  })
  it('a negative month does not enter a period mean', () => {
    const period = aggregatePeriod([
      { month: '2019-01', values: { NH3N: parseMeasurement('-0.5') } },
      { month: '2019-02', values: { NH3N: parseMeasurement('1.2') } },
    ])
    expect(period.means.NH3N).toBe(1.2)
    expect(period.counts.NH3N).toBe(1)
    expect(classifyMeasurements({ NH3N: parseMeasurement('-0.5') }).waterClass).toBeNull()
  })
  it('is named with its section, month and item', () => {
    const [invalid] = findInvalidValues([{ sectionId: 'FX07', month: '2019-03', values: { NH3N: parseMeasurement('-0.12'), TP: parseMeasurement('0.2') } }])
    expect(invalid).toEqual({ sectionId: 'FX07', month: '2019-03', indicator: 'NH3N', value: -0.12 })
    expect(describeInvalidValue(invalid!, () => '氨氮', 'zh')).toBe('FX07 2019-03 氨氮：负值 −0.12 无效，未参与评价')
  })
})

describe('main-pollutant priority (§2.4)', () => {
  it('selenium is not a heavy metal: a Ⅴ ammonia comes before a Ⅳ selenium', () => {
    const found = classifySample({ NH3N: 1.8, Se: 0.015 }).mainPollutants.map((pollutant) => pollutant.indicator)
    expect(found).toEqual(['NH3N', 'Se'])
  })
  it('arsenic, a heavy metal, comes first even when Ⅳ beside a Ⅴ item', () => {
    const found = classifySample({ NH3N: 1.8, As: 0.08 }).mainPollutants.map((pollutant) => pollutant.indicator)
    expect(found).toEqual(['As', 'NH3N'])
  })
})

describe('single-section change by 水质状况 level beside class steps (环办〔2011〕22号 §5.1)', () => {
  it('Ⅱ → Ⅰ is 好转 by class steps but 无明显变化 by status', () => {
    const both = compareSectionBoth(2, 1)
    expect(both.byClass?.label).toBe('好转')
    expect(both.byStatus?.label).toBe('无明显变化')
  })
  it('Ⅴ → Ⅲ is 明显好转 by both', () => {
    const both = compareSectionBoth(5, 3)
    expect(both.byStatus?.label).toBe('明显好转')
    expect(both.byClass?.label).toBe('明显好转')
  })
})

describe('超标倍数 is rounded half to even, 2 decimals, by one function', () => {
  it.each([
    [0.125, '0.12'],
    [0.135, '0.14'],
    [1.4e-16, '0.00'],
    [0.3999999999, '0.40'],
  ])('%s → %s', (value, text) => {
    expect(formatExceedance(value)).toBe(text)
  })
  it('the card/tour text uses it', () => {
    expect(describeMainPollutant({ indicator: 'TP', exceedance: 0.125 })).toBe('总磷(0.12)')
  })
})
