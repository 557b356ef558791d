import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { exceedances, landClassOf, screenSoil, validateSoilValues, type LandClass, type SoilVerdict } from './index.ts'

const ARSENIC = '7440-38-2'
const BENZENE = '71-43-2'
const XYLENES = '108-38-3,106-42-3'

describe('screenSoil boundaries (GB 36600-2018 §5: equal to a limit does not exceed it)', () => {
  it.each<[string, LandClass, number, SoilVerdict]>([
    [ARSENIC, 1, 19.9, 'below'],
    [ARSENIC, 1, 20, 'below'],
    [ARSENIC, 1, 20.01, 'screening'],
    [ARSENIC, 1, 120, 'screening'],
    [ARSENIC, 1, 120.01, 'intervention'],
    [ARSENIC, 2, 60, 'below'],
    [ARSENIC, 2, 60.5, 'screening'],
    [ARSENIC, 2, 140, 'screening'],
    [ARSENIC, 2, 141, 'intervention'],
    [BENZENE, 1, 1, 'below'],
    [BENZENE, 1, 10, 'screening'],
    [BENZENE, 1, 10.1, 'intervention'],
    [BENZENE, 2, 4, 'below'],
    [BENZENE, 2, 40, 'screening'],
    [BENZENE, 2, 40.1, 'intervention'],
    // Screening = intervention: one step from clean to intervention.
    ['95-50-1', 1, 560, 'below'],
    ['95-50-1', 1, 561, 'intervention'],
    [XYLENES, 1, 163, 'below'],
    [XYLENES, 1, 164, 'screening'],
    [XYLENES, 2, 571, 'intervention'],
  ])('%s on land class %i at %d mg/kg is %s', (cas, landClass, value, verdict) => {
    const result = screenSoil(deepFreeze({ [cas]: value }), landClass)
    expect(result.items).toHaveLength(1)
    expect(result.items[0]?.verdict).toBe(verdict)
    expect(result.verdict).toBe(verdict)
  })
})

describe('screenSoil', () => {
  it('gives the ratio to the land class screening value', () => {
    const values = deepFreeze({ [ARSENIC]: 30, '7439-92-1': 200 })
    const first = screenSoil(values, 1).items
    expect(first.map((item) => [item.cas, item.ratio])).toEqual([
      [ARSENIC, 1.5],
      ['7439-92-1', 0.5],
    ])
    expect(screenSoil(values, 2).items[0]?.ratio).toBeCloseTo(0.5)
  })

  it('takes the worst item as the parcel verdict', () => {
    const values = deepFreeze({ '7440-43-9': 10, [ARSENIC]: 25, [BENZENE]: 12 })
    expect(screenSoil(values, 1).verdict).toBe('intervention')
    expect(screenSoil(values, 2).verdict).toBe('screening')
  })

  it('lists items in Table 1 order whatever the key order', () => {
    const result = screenSoil(deepFreeze({ '91-20-3': 1, [BENZENE]: 1, [ARSENIC]: 1 }), 2)
    expect(result.items.map((item) => item.nameZh)).toEqual(['砷', '苯', '萘'])
  })

  it('leaves bad entries out of the verdict and reports them', () => {
    const values = { [ARSENIC]: 10, '0000-00-0': 999, [BENZENE]: -1, '7440-43-9': Number.NaN, '7439-92-1': '900' } as unknown as Record<string, number>
    const result = screenSoil(deepFreeze(values), 1)
    expect(result.verdict).toBe('below')
    expect(result.items.map((item) => item.cas)).toEqual([ARSENIC])
    expect(result.problems.map((problem) => [problem.cas, problem.kind])).toEqual([
      ['0000-00-0', 'unknown-item'],
      [BENZENE, 'negative'],
      ['7440-43-9', 'not-a-number'],
      ['7439-92-1', 'not-a-number'],
    ])
  })

  it('reports a record with nothing to screen instead of calling it clean silently', () => {
    expect(screenSoil({}, 1).problems.map((problem) => problem.kind)).toEqual(['no-values'])
    expect(validateSoilValues(null).map((problem) => problem.kind)).toEqual(['no-values'])
  })

  it('reports the same item given twice and keeps the first value', () => {
    const result = screenSoil(deepFreeze({ [XYLENES]: 600, '106-42-3,108-38-3': 1 }), 2)
    expect(result.verdict).toBe('intervention')
    expect(result.problems.map((problem) => problem.kind)).toEqual(['duplicate'])
  })

  it('accepts zero (not detected) as clean', () => {
    expect(screenSoil(deepFreeze({ [BENZENE]: 0 }), 1)).toMatchObject({ verdict: 'below', problems: [] })
  })
})

describe('exceedances', () => {
  it('lists items above screening, highest ratio first', () => {
    const result = screenSoil(deepFreeze({ [ARSENIC]: 30, [BENZENE]: 12, '7439-92-1': 10 }), 1)
    expect(exceedances(result).map((item) => [item.nameZh, item.ratio])).toEqual([
      ['苯', 12],
      ['砷', 1.5],
    ])
  })
})

describe('landClassOf (GB 36600-2018 §5.3.1: unclear use → 第一类用地)', () => {
  it.each([
    [2, 2],
    ['2', 2],
    [1, 1],
    [undefined, 1],
    ['工业', 1],
  ])('%s → %i', (value, expected) => {
    expect(landClassOf(value)).toBe(expected)
  })
})
