// The committed offline basemap (geodata/basemap/): what a planner sees under every layer.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'

const folder = fileURLToPath(new URL('../../geodata/basemap/', import.meta.url))
const read = <G extends Feature['geometry']>(name: string) =>
  JSON.parse(readFileSync(folder + name, 'utf8')) as FeatureCollection<G>

const CURRENT_TOWNS = ['南桥镇', '奉城镇', '庄行镇', '金汇镇', '四团镇', '青村镇', '柘林镇', '海湾镇', '奉浦街道', '海湾旅游区', '金海街道', '西渡街道']
const MAIN_RIVERS = ['黄浦江', '金汇港', '竹港', '浦南运河', '随塘河']
/** Map labels are rendered from a local CJK glyph set, so names must be Chinese characters only. */
const PURE_CJK = /^[\u4e00-\u9fff]+$/u

const land = read<Polygon>('land.geojson')
const towns = read<Polygon>('towns.geojson')
const townLabels = read<Point>('town-labels.geojson')
const rivers = read<Polygon>('rivers.geojson')
const riverLabels = read<Point>('river-labels.geojson')

describe('basemap land and towns', () => {
  it('draws one district outline of about 714 km²', () => {
    expect(land.features).toHaveLength(1)
    expect(turf.area(land.features[0]!) / 1e6).toBeGreaterThan(700)
    expect(turf.area(land.features[0]!) / 1e6).toBeLessThan(730)
  })

  it('names the 12 towns with their current names, keeping the old 社区 names as former_name', () => {
    const names = towns.features.map((town) => town.properties?.name)
    expect([...names].sort()).toEqual([...CURRENT_TOWNS].sort())
    expect(names.some((name) => String(name).includes('社区'))).toBe(false)
    const formerNames = Object.fromEntries(towns.features.map((town) => [town.properties?.name, town.properties?.former_name]))
    expect(formerNames).toMatchObject({ 奉浦街道: '奉浦社区', 金海街道: '金海社区' })
  })

  it.each(CURRENT_TOWNS)('gives %s a unique id, an English name and a label inside it', (name) => {
    const town = towns.features.find((feature) => feature.properties?.name === name)!
    const label = townLabels.features.find((feature) => feature.properties?.name === name)!
    expect(town.properties?.id).toMatch(/^[a-z-]+$/)
    expect(town.properties?.name_en).toMatch(/(Town|Subdistrict|Zone)$/)
    expect(label.properties?.id).toBe(town.properties?.id)
    expect(turf.booleanPointInPolygon(label, town)).toBe(true)
    expect(name).toMatch(PURE_CJK)
  })

  it('has unique town ids', () => {
    const ids = towns.features.map((town) => town.properties?.id)
    expect(new Set(ids).size).toBe(12)
  })
})

describe('basemap rivers, sea and neighbours', () => {
  it.each(MAIN_RIVERS)('draws %s with a label inside its water polygon', (name) => {
    const river = rivers.features.find((feature) => feature.properties?.name === name)!
    const label = riverLabels.features.find((feature) => feature.properties?.name === name)!
    expect(river.properties?.name_en).toBeTruthy()
    expect(turf.booleanPointInPolygon(label, river)).toBe(true)
    expect(name).toMatch(PURE_CJK)
  })

  it('clips the sea to the area around the district, reaching the coast', () => {
    const sea = read<Polygon | MultiPolygon>('sea.geojson')
    expect(sea.features).toHaveLength(1)
    const [west, south, east, north] = turf.bbox(sea)
    expect(west).toBeGreaterThanOrEqual(121)
    expect(east).toBeLessThanOrEqual(122.2)
    expect(south).toBeGreaterThanOrEqual(30.5)
    expect(north).toBeLessThanOrEqual(31.2)
    const coastPoint = turf.point([121.6, 30.8]) // in Hangzhou Bay, just off the Fengxian coast
    expect(turf.booleanPointInPolygon(coastPoint, sea.features[0]!)).toBe(true)
  })

  it('lists the 15 other Shanghai districts, not Fengxian itself', () => {
    const neighbours = read<MultiPolygon>('neighbours.geojson')
    const names = neighbours.features.map((feature) => feature.properties?.name)
    expect(names).toHaveLength(15)
    expect(names).not.toContain('奉贤区')
    expect(names).toContain('闵行区')
    for (const feature of neighbours.features) expect(feature.properties?.adcode).toBeGreaterThan(310000)
  })
})

describe('basemap files', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.geojson'))

  it('credits every file in sources.json with a licence and an attribution', () => {
    const sources = JSON.parse(readFileSync(folder + 'sources.json', 'utf8')) as { licence: string; attribution: string; files: string[] }[]
    expect(sources.flatMap((source) => source.files).sort()).toEqual([...files].sort())
    for (const source of sources) {
      expect(source.licence).toBeTruthy()
      expect(source.attribution.length).toBeGreaterThan(10)
    }
    expect(sources.map((source) => source.attribution).join(' ')).toContain('© OpenStreetMap contributors')
  })

  it.each(files)('%s has coordinates rounded to 1e-6°', (name) => {
    const numbers = JSON.stringify(read(name).features.map((feature) => feature.geometry)).match(/-?\d+\.\d+/g) ?? []
    expect(numbers.length).toBeGreaterThan(0)
    expect(numbers.filter((text) => (text.split('.')[1] ?? '').length > 6)).toEqual([])
  })
})
