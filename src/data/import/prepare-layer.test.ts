/** Imported features get unique string ids, a geometry kind and a text card field per property. */
import { describe, expect, it } from 'vitest'
import type { Feature, FeatureCollection } from 'geojson'
import { cardFieldsOf, geometryKindOf, withFeatureIds } from './prepare-layer.ts'

function point(properties: Record<string, unknown> | null, id?: string | number): Feature {
  return { type: 'Feature', ...(id !== undefined ? { id } : {}), properties, geometry: { type: 'Point', coordinates: [121.5, 30.9] } }
}

describe('prepared imported layers', () => {
  it('keeps given ids and gives imp-<n> to missing, empty and repeated ones', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [point({ id: 'A' }), point(null), point({ id: '' }), point({ id: 'A' }), point({}, 7)],
    }
    const ids = withFeatureIds(input).features.map((feature) => [feature.id, feature.properties?.id])
    expect(ids).toEqual([['A', 'A'], ['imp-2', 'imp-2'], ['imp-3', 'imp-3'], ['imp-4', 'imp-4'], ['7', '7']])
    expect(input.features[1]!.properties).toBeNull() // the import result itself is left as it was
  })

  it.each([
    [['Point', 'MultiPoint'], 'point'],
    [['Polygon'], 'polygon'],
    [['LineString', 'Point'], 'mixed'],
  ])('geometry kind of %j is %s', (types, kind) => {
    const features = types.map((type): Feature => ({ type: 'Feature', properties: {}, geometry: { type, coordinates: [] } as unknown as Feature['geometry'] }))
    expect(geometryKindOf({ type: 'FeatureCollection', features })).toBe(kind)
  })

  it('lists every property once as a text field, without the id', () => {
    const fields = cardFieldsOf({ type: 'FeatureCollection', features: [point({ id: 'a', 名称: '甲' }), point({ 类型: '河道' })] })
    expect(fields).toEqual([
      { key: '名称', label: { zh: '名称', en: '名称' }, format: 'text' },
      { key: '类型', label: { zh: '类型', en: '类型' }, format: 'text' },
    ])
  })
})
