import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { rectangle } from '../../../tests/support/test-fixtures.ts'
import { greenKindTable } from './index.ts'

// rectangle(x0, y0, x1, y1) is in metres: 300 m × 200 m = 6 ha = 90 亩 (1 亩 = 666.67 m²).
const features = [
  { type: 'Feature', properties: { kind: 'greenway' }, geometry: { type: 'LineString', coordinates: [[121.5, 30.85], [121.51, 30.85]] } },
  rectangle(0, 0, 300, 200, { kind: 'corridor' }),
  rectangle(1000, 0, 1300, 200, { kind: 'park' }),
  { type: 'Feature', properties: { kind: 'vertical-greening', area_m2: 16_300 }, geometry: { type: 'Point', coordinates: [121.5, 30.85] } },
] as Feature<Geometry>[]

describe('greenKindTable', () => {
  it('sums each kind in its own unit, not one length for all', () => {
    const table = greenKindTable(features, 'zh')
    expect(table.rows).toEqual([
      ['绿道', 1, '0.95 公里'],
      ['生态廊道', 1, '90 亩'],
      ['公园绿地', 1, '6.00 公顷'],
      ['立体绿化', 1, '1.63 万m²'],
    ])
    expect(table.totals).toEqual(['合计', 4, ''])
  })

  it('writes mu with hectares and m² in English', () => {
    const sizes = greenKindTable(features, 'en').rows.map((row) => row[2])
    expect(sizes).toEqual(['0.95 km', '90 mu (6.00 ha)', '6.00 ha', '16,300 m²'])
  })
})
