import { describe, expect, it } from 'vitest'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { mapLayerIds, NUMERAL_DENSE_MIN_ZOOM } from '../thematic-layers.ts'
import { pmtilesSourceUrl, tileLayers, tileSourceSpecification } from './tile-layers.ts'

const definition = (geometry: LayerDefinition['geometry']): LayerDefinition => ({
  id: 'city-sites',
  family: 'imported',
  name: { zh: '全市站点', en: 'City sites' },
  geometry,
  source: 'tiles/city.pmtiles',
  tiles: { kind: 'pmtiles', url: 'tiles/city.pmtiles', sourceLayer: 'sites' },
  style: { kind: 'single', colour: '#6a1b9a' },
  cardFields: [],
  visibleByDefault: true,
  sample: false,
})

describe('PMTiles layer builders', () => {
  it.each([
    ['a path relative to the app', 'tiles/city.pmtiles', 'https://intranet.example/shuitian/', 'pmtiles://https://intranet.example/shuitian/tiles/city.pmtiles'],
    ['a path from the host root', '/data/city.pmtiles', 'https://intranet.example/shuitian/', 'pmtiles://https://intranet.example/data/city.pmtiles'],
    ['another host', 'https://tiles.example/city.pmtiles', 'https://intranet.example/shuitian/', 'pmtiles://https://tiles.example/city.pmtiles'],
    ['a file opened from disk', 'file://local-1/city.pmtiles', 'https://intranet.example/shuitian/', 'pmtiles://file://local-1/city.pmtiles'],
  ])('points the source at %s', (_label, url, base, expected) => {
    expect(pmtilesSourceUrl(url, base)).toBe(expected)
  })

  it('promotes properties.id so hover, selection and filters (feature-state) work on tiles', () => {
    expect(tileSourceSpecification(definition('point').tiles!, 'http://localhost/')).toMatchObject({ type: 'vector', promoteId: 'id' })
  })

  it.each(['point', 'line', 'polygon', 'mixed'] as const)('draws a %s layer with the same layer ids as a GeoJSON layer, reading the archive’s inner layer', (geometry) => {
    const layers = tileLayers(definition(geometry))
    expect(layers.map((layer) => layer.id)).toEqual(mapLayerIds(definition(geometry)))
    for (const layer of layers) expect(layer).toMatchObject({ source: 'city-sites', 'source-layer': 'sites' })
  })

  it('draws sections that follow the series by class from feature-state, numerals only from the dense zoom', () => {
    const layers = tileLayers({ ...definition('point'), style: { kind: 'water-class' } })
    const circle = layers.find((layer) => layer.id === 'city-sites-circle')!
    expect(JSON.stringify((circle as { paint: Record<string, unknown> }).paint['circle-color'])).toContain('"feature-state","waterClass"')
    const numerals = layers.filter((layer) => layer.type === 'symbol')
    expect(numerals).toHaveLength(6)
    for (const numeral of numerals) expect(numeral).toMatchObject({ 'source-layer': 'sites', minzoom: NUMERAL_DENSE_MIN_ZOOM })
  })

  it('refuses a definition without tiles', () => {
    expect(() => tileLayers({ ...definition('point'), tiles: undefined })).toThrow(/tiles/)
  })
})
