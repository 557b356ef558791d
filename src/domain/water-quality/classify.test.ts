import { describe, expect, it } from 'vitest'
import { classifySample, classifyValue, classifyMeasurements } from './classify.ts'
import { INDICATOR_INFO, INDICATORS, type Indicator } from './indicators.ts'
import { parseMeasurement } from './measurement.ts'

// GB 3838-2002 Table 1, typed again by hand from the standard (domain-reference §1.1) so that a typo in
// indicators.ts shows up here. Upper-limit items only; DO and pH have their own tables below.
const TABLE_1: Record<Exclude<Indicator, 'pH' | 'DO'>, number[]> = {
  CODMn: [2, 4, 6, 10, 15],
  COD: [15, 15, 20, 30, 40],
  BOD5: [3, 3, 4, 6, 10],
  NH3N: [0.15, 0.5, 1.0, 1.5, 2.0],
  TP: [0.02, 0.1, 0.2, 0.3, 0.4],
  TN: [0.2, 0.5, 1.0, 1.5, 2.0],
  Cu: [0.01, 1.0, 1.0, 1.0, 1.0],
  Zn: [0.05, 1.0, 1.0, 2.0, 2.0],
  F: [1.0, 1.0, 1.0, 1.5, 1.5],
  Se: [0.01, 0.01, 0.01, 0.02, 0.02],
  As: [0.05, 0.05, 0.05, 0.1, 0.1],
  Hg: [0.00005, 0.00005, 0.0001, 0.001, 0.001],
  Cd: [0.001, 0.005, 0.005, 0.005, 0.01],
  Cr6: [0.01, 0.05, 0.05, 0.05, 0.1],
  Pb: [0.01, 0.01, 0.05, 0.05, 0.1],
  CN: [0.005, 0.05, 0.2, 0.2, 0.2],
  VPhenol: [0.002, 0.002, 0.005, 0.01, 0.1],
  Petro: [0.05, 0.05, 0.05, 0.5, 1.0],
  LAS: [0.2, 0.2, 0.2, 0.3, 0.3],
  S2: [0.05, 0.1, 0.2, 0.5, 1.0],
  FC: [200, 2000, 10000, 20000, 40000],
}
const LAKE_TP = [0.01, 0.025, 0.05, 0.1, 0.2]

/** Every limit: a value equal to it meets the best class with that limit; a value just above it does not. */
function boundaryRows(limits: number[]) {
  return limits.flatMap((limit) => {
    const above = limit * 1.001
    const equalClass = limits.findIndex((candidate) => candidate >= limit) + 1
    const aboveIndex = limits.findIndex((candidate) => candidate >= above)
    return [
      { value: limit, expected: equalClass },
      { value: above, expected: aboveIndex < 0 ? 6 : aboveIndex + 1 },
    ]
  })
}

describe('GB 3838-2002 Table 1 limits', () => {
  it('has all 23 codes in the order of the standard', () => {
    expect(INDICATORS.join(' ')).toBe('pH DO CODMn COD BOD5 NH3N TP TN Cu Zn F Se As Hg Cd Cr6 Pb CN VPhenol Petro LAS S2 FC')
  })
  it.each(Object.entries(TABLE_1))('%s limits match the standard', (code, limits) => {
    expect([...INDICATOR_INFO[code as Indicator].limits]).toEqual(limits)
  })
})

describe('classifyValue at every limit (equal meets, just above fails)', () => {
  for (const [code, limits] of Object.entries(TABLE_1)) {
    it.each(boundaryRows(limits))(`${code} %o`, ({ value, expected }) => {
      expect(classifyValue(code as Indicator, value)).toBe(expected)
    })
  }
  it.each(boundaryRows(LAKE_TP))('TP lake %o', ({ value, expected }) => {
    expect(classifyValue('TP', value, 'lake')).toBe(expected)
  })
})

describe('special items', () => {
  it.each([
    [9, 1], [7.5, 1], [7.49, 2], [6, 2], [5.99, 3], [5, 3], [4.99, 4], [3, 4], [2.99, 5], [2, 5], [1.99, 6], [0, 6],
  ])('DO %s mg/L is a lower limit → class %s', (value, expected) => {
    expect(classifyValue('DO', value)).toBe(expected)
  })
  it.each([[5.99, 6], [6, 1], [7.2, 1], [9, 1], [9.01, 6], [11, 6]])('pH %s → class %s (inside 6–9 Ⅰ, outside 劣Ⅴ)', (value, expected) => {
    expect(classifySample({ pH: value }).waterClass).toBe(expected)
  })
  it.each([
    [0.04, 'river', 2, 'lake', 3],
    [0.15, 'river', 3, 'lake', 5],
    [0.25, 'river', 4, 'lake', 6],
  ] as const)('TP %s: %s class %s, %s class %s', (value, river, riverClass, lake, lakeClass) => {
    expect(classifySample({ TP: value }, { waterbody: river }).waterClass).toBe(riverClass)
    expect(classifySample({ TP: value }, { waterbody: lake }).waterClass).toBe(lakeClass)
  })
  it('TN never decides a class, river or lake; a lake reports its TN class separately', () => {
    const values = { NH3N: 0.4, TN: 3.5 }
    const river = classifySample(values)
    expect(river.waterClass).toBe(2)
    expect(river.itemClasses.TN).toBeUndefined()
    expect(river.referenceClasses.TN).toBe(6)
    expect(river.totalNitrogenClass).toBeNull()
    const lake = classifySample(values, { waterbody: 'lake' })
    expect(lake.waterClass).toBe(2)
    expect(lake.totalNitrogenClass).toBe(6)
  })
  it('fecal coliforms never decide the class (river or lake)', () => {
    expect(classifySample({ CODMn: 3, FC: 90000 }).waterClass).toBe(2)
    expect(classifySample({ CODMn: 3, FC: 90000 }, { waterbody: 'lake' }).waterClass).toBe(2)
  })
  it.each([
    [{}],
    [{ FC: 500 }],
    [{ TN: 1.2 }],
    [{ TP: Number.NaN }],
  ])('no evaluated item measured (%o) → null', (values) => {
    const result = classifySample(values)
    expect(result.waterClass).toBeNull()
    expect(result.mainPollutants).toEqual([])
  })
  it('the worst item decides (single-factor method)', () => {
    const result = classifySample({ pH: 7.4, DO: 8, CODMn: 3.5, NH3N: 1.2, TP: 0.18 })
    expect(result.waterClass).toBe(4)
    expect(result.itemClasses).toEqual({ pH: 1, DO: 1, CODMn: 2, NH3N: 4, TP: 3 })
  })
})

describe('main pollutants (环办〔2011〕22号 §4)', () => {
  it.each([
    { name: 'none when the class is Ⅲ or better', values: { NH3N: 1.0, TP: 0.2 }, expected: [] },
    {
      name: 'worst class first, then larger multiple, at most three',
      // CODMn (Ⅳ) has a larger multiple than NH3N (Ⅴ) but a better class, so it is left out.
      values: { CODMn: 9.9, NH3N: 1.6, TP: 0.39, COD: 45, BOD5: 5 },
      expected: [['COD', 1.25], ['TP', 0.95], ['NH3N', 0.6]],
    },
    {
      name: 'equal classes ordered by exceedance multiple',
      values: { NH3N: 1.4, TP: 0.29, COD: 26 },
      expected: [['TP', 0.45], ['NH3N', 0.4], ['COD', 0.3]],
    },
    {
      name: 'a heavy metal decides the class and comes first',
      values: { NH3N: 0.8, TP: 0.15, Cd: 0.008 },
      expected: [['Cd', 0.6]],
    },
    {
      name: 'cyanide and heavy metals first even when another item is worse',
      values: { NH3N: 2.5, TP: 0.35, Pb: 0.06 },
      expected: [['Pb', 0.2], ['NH3N', 1.5], ['TP', 0.75]],
    },
  ])('$name', ({ values, expected }) => {
    const found = classifySample(values).mainPollutants.map((p) => [p.indicator, Math.round(p.exceedance * 1000) / 1000])
    expect(found).toEqual(expected)
  })
  it('DO and pH can be main pollutants but carry no multiple (NaN)', () => {
    const result = classifySample({ DO: 1.5, pH: 9.5, NH3N: 2.5, TP: 0.1 })
    expect(result.waterClass).toBe(6)
    const [first, second, third] = result.mainPollutants
    expect(first?.indicator).toBe('NH3N')
    expect(first?.exceedance).toBeCloseTo(1.5)
    expect([second?.indicator, third?.indicator]).toEqual(['pH', 'DO'])
    expect(Number.isNaN(second?.exceedance)).toBe(true)
  })
  it('lake exceedance is against the lake class Ⅲ TP limit', () => {
    const [tp] = classifySample({ TP: 0.15 }, { waterbody: 'lake' }).mainPollutants
    expect(tp?.exceedance).toBeCloseTo(2)
  })
})

describe('below detection on its own meets the best class', () => {
  it.each([['<0.01', 'TP'], ['ND', 'NH3N'], ['未检出', 'Cd'], ['0.004L', 'CN']] as const)('%s for %s → Ⅰ', (text, code) => {
    expect(classifyMeasurements({ [code]: parseMeasurement(text) }).waterClass).toBe(1)
  })
  it('a stopped month (停测) has no class', () => {
    expect(classifyMeasurements({ TP: parseMeasurement('停测'), NH3N: parseMeasurement('停测') }).waterClass).toBeNull()
  })
})
