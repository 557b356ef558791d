import { describe, expect, it } from 'vitest'
import { booleanPointInPolygon } from '@turf/turf'
import { PMTiles, type Source } from 'pmtiles'
import { cityTileArchive, CITY_MAX_ZOOM, CITY_MIN_ZOOM, makeCityDataset, shareByArea } from './city-dataset.ts'
import { readDistricts } from './build-city-tiles.ts'
import { worldPosition } from '../fixtures/pmtiles/tiling.ts'

const districts = readDistricts()

describe('city-wide sample sections', () => {
  it('gives every one of the 16 districts sections in proportion to its area, and exactly the count asked for', () => {
    const counts = shareByArea(districts, 20_000)
    expect(districts).toHaveLength(16)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000)
    const byName = Object.fromEntries(districts.map((district, index) => [district.properties.name, counts[index]!]))
    // Pudong and Chongming are the largest districts, Huangpu the smallest.
    expect(byName['浦东新区']!).toBeGreaterThan(byName['奉贤区']!)
    expect(byName['黄浦区']!).toBeLessThan(100)
    expect(Math.min(...counts)).toBeGreaterThan(0)
  })

  it('places each section inside the district it names as its town, the same way on every run', () => {
    const first = makeCityDataset(districts, { sectionCount: 400, firstMonth: '2020-11', lastMonth: '2020-12' })
    const again = makeCityDataset(districts, { sectionCount: 400, firstMonth: '2020-11', lastMonth: '2020-12' })
    expect(JSON.stringify(again)).toBe(JSON.stringify(first))
    const polygon = new Map(districts.map((district) => [district.properties.name, district]))
    for (const feature of first.sections.features) {
      expect(booleanPointInPolygon(feature.geometry.coordinates, polygon.get(String(feature.properties!.town))!)).toBe(true)
      expect(feature.properties!.sample).toBe(true)
    }
    expect(first.csv.split('\n')[0]).toBe('section_id,month,pH,DO,NH3N,TP')
  })

  it('writes a PMTiles vector archive whose tiles carry the section ids', async () => {
    const dataset = makeCityDataset(districts, { sectionCount: 400, firstMonth: '2020-12', lastMonth: '2020-12' })
    const bytes = cityTileArchive(dataset.sections)
    const source: Source = { getKey: () => 'city', getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }) }
    const archive = new PMTiles(source)
    const header = await archive.getHeader()
    expect([header.minZoom, header.maxZoom]).toEqual([CITY_MIN_ZOOM, CITY_MAX_ZOOM])
    expect(header.minLon).toBeGreaterThan(120.8)
    expect(header.maxLat).toBeLessThan(31.9)
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[]; sample: boolean }
    expect(metadata).toMatchObject({ sample: true, vector_layers: [{ id: 'sections' }] })
    // The z14 tile under the first section holds its id (MVT keeps strings as UTF-8; the reader gunzips).
    const feature = dataset.sections.features[0]!
    const [x, y] = worldPosition(feature.geometry.coordinates[0]!, feature.geometry.coordinates[1]!, 14).map(Math.floor) as [number, number]
    const tile = await archive.getZxy(14, x, y)
    expect(new TextDecoder().decode(tile!.data)).toContain(String(feature.properties!.id))
  })
})
