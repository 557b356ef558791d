import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { formatGreenKindTotal, greenKindTotal } from './kind-measure.ts'

// About 30.85°N: 0.01° of longitude ≈ 955 m, 0.001° of latitude ≈ 111 m.
const line: Feature<Geometry> = { type: 'Feature', properties: { kind: 'greenway' }, geometry: { type: 'LineString', coordinates: [[121.5, 30.85], [121.51, 30.85]] } }
const square = (kind: string): Feature<Geometry> => ({
  type: 'Feature',
  properties: { kind },
  geometry: { type: 'Polygon', coordinates: [[[121.5, 30.85], [121.51, 30.85], [121.51, 30.86], [121.5, 30.86], [121.5, 30.85]]] },
})
const wall: Feature<Geometry> = { type: 'Feature', properties: { kind: 'vertical-greening', area_m2: 3200 }, geometry: { type: 'Point', coordinates: [121.5, 30.85] } }

describe('green kinds in their own measure', () => {
  it('measures a greenway by length, not by its (empty) area', () => {
    expect(greenKindTotal('greenway', [line])).toBeCloseTo(0.954, 2)
    expect(formatGreenKindTotal('greenway', greenKindTotal('greenway', [line]), 'zh')).toBe('0.95 公里')
  })

  it('measures corridors in 亩 and parks in hectares: the same square reads ≈1591 亩 and ≈106 ha', () => {
    const corridorMu = greenKindTotal('corridor', [square('corridor')])
    const parkHa = greenKindTotal('park', [square('park')])
    expect(corridorMu / 15).toBeCloseTo(parkHa, 1)
    expect(parkHa).toBeGreaterThan(100)
    expect(formatGreenKindTotal('corridor', corridorMu, 'zh')).toMatch(/^\d{4} 亩$/)
    expect(formatGreenKindTotal('corridor', 1350, 'en')).toBe('1,350 mu (90.00 ha)')
    expect(formatGreenKindTotal('park', 134.18, 'zh')).toBe('134.18 公顷')
  })

  it('measures vertical greening (points) by their declared m², 万m² in Chinese and m² in English', () => {
    expect(greenKindTotal('vertical-greening', [wall, wall])).toBe(6400)
    expect(formatGreenKindTotal('vertical-greening', 16_300, 'zh')).toBe('1.63 万m²')
    expect(formatGreenKindTotal('vertical-greening', 16_300, 'en')).toBe('16,300 m²')
  })
})
