import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { clampSearchDistance, featuresNear, geometryDistanceM, type LayerFeature } from './index.ts'
import { lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'

const target = pointAt(0, 0, { name: '断面' })
const candidates: LayerFeature[] = deepFreeze([
  { layerId: 'soil', feature: pointAt(300, 400, { name: 'A' }) },
  { layerId: 'plots', feature: rectangle(1000, -100, 1200, 100, { name: 'B' }) },
  { layerId: 'plots', feature: rectangle(-50, -50, 50, 50, { name: 'C' }) },
  { layerId: 'green', feature: lineThrough([[0, 2000], [500, 2000]], { name: 'D' }) },
  { layerId: 'soil', feature: pointAt(6000, 0, { name: 'E' }) },
  { layerId: 'soil', feature: { type: 'Feature', properties: { name: 'F' }, geometry: null } },
  { layerId: 'sections', feature: target },
])

const names = (results: { feature: Feature<Geometry | null> }[]) => results.map((result) => result.feature.properties?.name)

describe('featuresNear', () => {
  it.each([
    [5000, ['C', 'A', 'B', 'D']],
    [1500, ['C', 'A', 'B']],
    [600, ['C', 'A']],
    [50, ['C']], // below the 100 m floor: searched at 100 m
    [1_000_000, ['C', 'A', 'B', 'D']], // above the 5 km ceiling: E at 6 km stays out
  ])('within %d m finds %j, nearest first, skipping itself and broken features', (distance, expected) => {
    expect(names(featuresNear(target, candidates, distance))).toEqual(expected)
  })

  it('reports distances in metres: point–point, point–polygon edge, inside = 0, point–line', () => {
    const distances = featuresNear(target, candidates, 5000).map((result) => result.distanceM)
    expect(distances[0]).toBe(0)
    expect(distances[1]).toBeCloseTo(500, -1)
    expect(distances[2]).toBeCloseTo(1000, -1)
    expect(distances[3]).toBeCloseTo(2000, -1)
  })

  it('measures from the middle of a line, not only its ends', () => {
    const road = lineThrough([[0, 0], [1000, 0]])
    const [hit] = featuresNear(road, [{ layerId: 'soil', feature: pointAt(500, 300) }], 400)
    expect(hit?.distanceM).toBeCloseTo(300, -1)
  })

  it('leaves out a copy of the target from its own layer when told the layer', () => {
    const copy = pointAt(0, 0, { id: 'S-01' })
    const original = pointAt(0, 0, { id: 'S-01' })
    const list = [{ layerId: 'sections', feature: original }, { layerId: 'soil', feature: pointAt(0, 10, { id: 'S-01' }) }]
    expect(featuresNear(copy, list, 100, { targetLayerId: 'sections' }).map((result) => result.layerId)).toEqual(['soil'])
    expect(featuresNear(copy, list, 100)).toHaveLength(2)
  })

  it('returns nothing for a target without geometry', () => {
    expect(featuresNear({ type: 'Feature', properties: {}, geometry: null }, candidates, 5000)).toEqual([])
  })
})

describe('geometryDistanceM', () => {
  it.each<[string, Geometry, Geometry, number]>([
    ['crossing lines', lineThrough([[0, -100], [0, 100]]).geometry, lineThrough([[-100, 0], [100, 0]]).geometry, 0],
    ['parallel lines 250 m apart', lineThrough([[0, 0], [500, 0]]).geometry, lineThrough([[0, 250], [500, 250]]).geometry, 250],
    ['polygons 250 m apart', rectangle(0, 0, 100, 100).geometry, rectangle(350, 50, 450, 150).geometry, 250],
    ['overlapping polygons', rectangle(0, 0, 100, 100).geometry, rectangle(50, 50, 150, 150).geometry, 0],
    ['line ending 80 m from a polygon', lineThrough([[-500, 50], [-80, 50]]).geometry, rectangle(0, 0, 100, 100).geometry, 80],
  ])('%s: %d m', (_, a, b, expected) => {
    expect(geometryDistanceM(a, b)).toBeCloseTo(expected, 0)
  })
})

describe('clampSearchDistance', () => {
  it.each([
    [20, 100],
    [100, 100],
    [1234, 1234],
    [5000, 5000],
    [9000, 5000],
    [Number.NaN, 100],
  ])('%d m → %d m', (input, expected) => {
    expect(clampSearchDistance(input)).toBe(expected)
  })
})
