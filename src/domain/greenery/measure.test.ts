import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'
import { SQUARE_METRES_PER_MU, areaHa, areaM2, areaMu, lengthKm, squareMetresToMu } from './index.ts'

describe('units', () => {
  it('uses 1 亩 = 666.67 m², so 1350 亩 is about 90 ha', () => {
    expect(SQUARE_METRES_PER_MU).toBe(666.67)
    expect(squareMetresToMu(666.67 * 1350)).toBeCloseTo(1350, 9)
    expect((1350 * SQUARE_METRES_PER_MU) / 10_000).toBeCloseTo(90.0, 2)
  })
})

describe('lengthKm', () => {
  it.each([
    ['a 1.5 km straight line', lineThrough([[0, 0], [1500, 0]]), 1.5],
    ['an L of 300 m + 400 m', lineThrough([[0, 0], [300, 0], [300, 400]]), 0.7],
    ['a point', pointAt(0, 0), 0],
    ['a polygon (no greenway length)', rectangle(0, 0, 100, 100), 0],
  ])('%s measures %d km', (_, feature, expected) => {
    expect(lengthKm(feature)).toBeCloseTo(expected, 3)
  })

  it('measures a broken line as 0 instead of NaN', () => {
    const broken = deepFreeze({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[Number.NaN, 30], [121, 30]] } }) as Feature<Geometry>
    expect(lengthKm(broken)).toBe(0)
  })
})

describe('areaM2 / areaHa / areaMu', () => {
  it('measures a 200 m × 100 m rectangle as 2 ha and 30 亩', () => {
    const field = rectangle(0, 0, 200, 100)
    expect(areaM2(field)).toBeCloseTo(20_000, -1)
    expect(areaHa(field)).toBeCloseTo(2, 2)
    expect(areaMu(field)).toBeCloseTo(20_000 / 666.67, 1)
  })

  it('takes the declared area_m2 of a feature drawn as a point', () => {
    expect(areaM2(pointAt(0, 0, { area_m2: 5200 }))).toBe(5200)
    expect(areaM2(pointAt(0, 0, { area_m2: -3 }))).toBe(0)
    expect(areaM2(pointAt(0, 0, { area_m2: '5200' }))).toBe(0)
  })

  it('prefers the geometry of a polygon over its declared area', () => {
    expect(areaM2(rectangle(0, 0, 100, 100, { area_m2: 1 }))).toBeCloseTo(10_000, -1)
  })

  it('measures a feature without geometry as 0', () => {
    expect(areaM2(deepFreeze({ type: 'Feature', properties: null, geometry: null }))).toBe(0)
  })
})
