import { describe, expect, it } from 'vitest'
import { parseCatalogue } from './load-catalogue.ts'

const tiles = { kind: 'pmtiles', url: 'tiles/city-sections.pmtiles', sourceLayer: 'sections' }

describe('catalogue entries that follow the monitoring series (issue 17 §4)', () => {
  it('draws a tile layer with "style": "water-class" by the class of the clock month', () => {
    const { definitions, problems } = parseCatalogue({ layers: [{ id: 'city-sections', name: { zh: '全市断面' }, geometry: 'point', tiles, style: 'water-class' }] }, [])
    expect(problems).toEqual([])
    expect(definitions[0]).toMatchObject({ id: 'city-sections', tiles, style: { kind: 'water-class' } })
  })

  it('keeps the single colour for a tile layer without it, and for a GeoJSON file (its features have no series)', () => {
    const { definitions } = parseCatalogue(
      {
        layers: [
          { id: 'city-sites', name: { zh: '站点' }, tiles, colour: '#123456' },
          { id: 'outfalls', name: { zh: '排口' }, source: 'outfalls.geojson', style: 'water-class', colour: '#123456' },
        ],
      },
      [],
    )
    expect(definitions.map((definition) => definition.style)).toEqual([
      { kind: 'single', colour: '#123456' },
      { kind: 'single', colour: '#123456' },
    ])
  })
})
