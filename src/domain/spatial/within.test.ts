import { describe, expect, it } from 'vitest'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { featuresWithin, type LayerFeature } from './index.ts'
import { at, lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'

// A 1 km × 1 km "town".
const town = rectangle(0, 0, 1000, 1000, { name: '金汇镇（示意）' })

const candidates: LayerFeature[] = deepFreeze([
  { layerId: 'soil', feature: pointAt(500, 500, { name: 'inside point' }) },
  { layerId: 'soil', feature: pointAt(1500, 500, { name: 'outside point' }) },
  { layerId: 'soil', feature: { type: 'Feature', properties: { name: 'two of four' }, geometry: { type: 'MultiPoint', coordinates: [at(100, 100), at(900, 900), at(-100, 0), at(2000, 0)] } } },
  { layerId: 'green', feature: lineThrough([[-500, 500], [1500, 500]], { name: 'crossing line' }) },
  { layerId: 'green', feature: lineThrough([[100, 100], [300, 100]], { name: 'inner line' }) },
  { layerId: 'green', feature: lineThrough([[1200, 0], [1200, 900]], { name: 'outer line' }) },
  { layerId: 'plots', feature: rectangle(800, 800, 1200, 1000, { name: 'half plot' }) },
  { layerId: 'plots', feature: rectangle(-1000, -1000, 2000, 2000, { name: 'covering plot' }) },
  { layerId: 'plots', feature: rectangle(2000, 2000, 2100, 2100, { name: 'far plot' }) },
  { layerId: 'plots', feature: { type: 'Feature', properties: { name: 'no geometry' }, geometry: null } },
])

describe('featuresWithin', () => {
  const results = featuresWithin(town, candidates)
  const byName = new Map(results.map((result) => [result.feature.properties?.name, result]))

  it('lists what reaches inside, in candidate order, and nothing else', () => {
    expect(results.map((result) => result.feature.properties?.name)).toEqual(['inside point', 'two of four', 'crossing line', 'inner line', 'half plot', 'covering plot'])
  })

  it.each([
    ['inside point', 'count', 1, 1],
    ['two of four', 'count', 0.5, 2],
    ['crossing line', 'lengthKm', 0.5, 1],
    ['inner line', 'lengthKm', 1, 0.2],
    ['half plot', 'areaM2', 0.5, 40_000],
    ['covering plot', 'areaM2', 1 / 9, 1_000_000],
  ])('%s: %s share %d, %d inside', (name, measure, share, inside) => {
    const result = byName.get(name)
    expect(result?.measure).toBe(measure)
    expect(result?.share).toBeCloseTo(share, 2)
    expect(result?.inside).toBeCloseTo(inside, measure === 'areaM2' ? -2 : 2)
  })

  it('works with a multi-part area', () => {
    const twoParts: Feature<MultiPolygon> = deepFreeze({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [rectangle(0, 0, 100, 100).geometry.coordinates, rectangle(300, 0, 400, 100).geometry.coordinates] },
    })
    const line = lineThrough([[-100, 50], [500, 50]])
    const [result] = featuresWithin(twoParts, [{ layerId: 'green', feature: line }])
    expect(result?.inside).toBeCloseTo(0.2, 3)
    expect(result?.share).toBeCloseTo(0.2 / 0.6, 2)
  })

  it('does not crash on a self-intersecting candidate; the others still come back', () => {
    const bowtie: Feature<Polygon> = deepFreeze({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[at(0, 0), at(200, 200), at(200, 0), at(0, 200), at(0, 0)]] } })
    const list = [{ layerId: 'plots', feature: bowtie }, candidates[0]!]
    expect(() => featuresWithin(town, list)).not.toThrow()
    expect(featuresWithin(town, list).at(-1)?.feature.properties?.name).toBe('inside point')
  })
})
