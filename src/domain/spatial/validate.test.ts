import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { validateGeometry, type GeometryProblemKind } from './index.ts'

const feature = (geometry: unknown) => deepFreeze({ type: 'Feature', properties: {}, geometry }) as Feature<Geometry | null>
const square = [[121, 30], [121.01, 30], [121.01, 30.01], [121, 30.01], [121, 30]]

describe('validateGeometry', () => {
  it.each<[string, unknown, GeometryProblemKind[]]>([
    ['a point', { type: 'Point', coordinates: [121.47, 30.92] }, []],
    ['a square', { type: 'Polygon', coordinates: [square] }, []],
    ['a square with a repeated vertex', { type: 'Polygon', coordinates: [[square[0], square[1], square[1], square[2], square[3], square[4]]] }, []],
    ['a looping greenway (lines may cross themselves)', { type: 'LineString', coordinates: [[121, 30], [121.01, 30.01], [121.01, 30], [121, 30.01]] }, []],
    ['no geometry', null, ['no-geometry']],
    ['an unknown type', { type: 'Circle', coordinates: [121, 30] }, ['unsupported-type']],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, ['empty']],
    ['a NaN coordinate', { type: 'LineString', coordinates: [[121, 30], [Number.NaN, 30]] }, ['not-a-number']],
    ['a text coordinate', { type: 'Point', coordinates: ['121', 30] }, ['not-a-number']],
    ['swapped latitude/longitude', { type: 'Point', coordinates: [30.9, 121.4] }, ['out-of-range']],
    ['a one-position line', { type: 'LineString', coordinates: [[121, 30]] }, ['too-few-positions']],
    ['an unclosed ring', { type: 'Polygon', coordinates: [square.slice(0, 4).concat([[121, 30.005]])] }, ['unclosed-ring']],
    ['a bow tie', { type: 'Polygon', coordinates: [[[121, 30], [121.01, 30.01], [121.01, 30], [121, 30.01], [121, 30]]] }, ['self-intersection']],
    ['a bow tie inside a multipolygon', { type: 'MultiPolygon', coordinates: [[square], [[[122, 30], [122.01, 30.01], [122.01, 30], [122, 30.01], [122, 30]]]] }, ['self-intersection']],
    ['a collection with one bad member', { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [121, 30] }, { type: 'Point', coordinates: [] }] }, ['empty']],
  ])('%s → %j', (_, geometry, kinds) => {
    expect(validateGeometry(feature(geometry)).map((problem) => problem.kind)).toEqual(kinds)
  })

  it.each<[string, unknown, Record<string, unknown>]>([
    ['an unknown type', { type: 'Circle', coordinates: [121, 30] }, { value: 'Circle' }],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, { geometryType: 'Polygon' }],
    ['a text coordinate', { type: 'Point', coordinates: ['121', 30] }, { value: ['121', 30] }],
    ['a one-position line', { type: 'MultiLineString', coordinates: [[[121, 30]]] }, { geometryType: 'MultiLineString', minimum: 2 }],
    ['a three-position ring', { type: 'Polygon', coordinates: [square.slice(0, 3)] }, { geometryType: 'Polygon', minimum: 4 }],
    ['a bow tie', { type: 'Polygon', coordinates: [[[121, 30], [121.01, 30.01], [121.01, 30], [121, 30.01], [121, 30]]] }, { crossings: 1 }],
  ])('%s carries the fields its text needs', (_, geometry, fields) => {
    expect(validateGeometry(feature(geometry))[0]).toMatchObject(fields)
  })

  it('says where a polygon crosses itself', () => {
    const [problem] = validateGeometry(feature({ type: 'Polygon', coordinates: [[[121, 30], [121.01, 30.01], [121.01, 30], [121, 30.01], [121, 30]]] }))
    expect(problem?.position?.[0]).toBeCloseTo(121.005, 6)
    expect(problem?.position?.[1]).toBeCloseTo(30.005, 3)
  })
})
