/**
 * City-wide SAMPLE sections (issue 17 §4): N generated monitoring sections spread over Shanghai's 16
 * districts, a matching monthly series, and the same sections cut into vector tiles (one PMTiles archive).
 * Deterministic from a seed. Pure: returns data and bytes; build-city-tiles.ts writes them.
 *
 * The series and the section attributes come from the bench's generator (scripts/bench/synthetic-data.ts:
 * 基准断面 names, numbered rivers, values drawn inside a GB 3838-2002 class, `sample: true`); this module
 * only moves each section into a district, in proportion to the district's area, and names the district
 * as its `town` (the filter's 乡镇/区 choice). The district polygons are passed in (build-city-tiles.ts reads
 * the committed basemap's: DataV boundaries with no licence stated and Fengxian's outline — placeholders).
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import { area, bbox, booleanPointInPolygon } from '@turf/turf'
import { createRandom } from '../water/random.ts'
import { makeSyntheticDataset } from '../bench/synthetic-data.ts'
import { encodeTile } from '../fixtures/pmtiles/mvt-encoder.ts'
import { writePmtiles } from '../fixtures/pmtiles/pmtiles-writer.ts'
import { cutTiles, EXTENT } from '../fixtures/pmtiles/tiling.ts'

/** The layer inside the tiles (`tiles.sourceLayer` of the catalogue entry). */
export const CITY_SOURCE_LAYER = 'sections'
export const CITY_MIN_ZOOM = 8
export const CITY_MAX_ZOOM = 14
export const CITY_SEED = 20_261_207

export type District = Feature<Polygon | MultiPolygon, { name: string }>

export interface CityOptions {
  sectionCount: number
  firstMonth: string
  lastMonth: string
  seed?: number
}

export interface CityDataset {
  /** The section register: every section with its attributes and position (what the board and filters read). */
  sections: FeatureCollection<Point>
  /** `section_id,month,pH,DO,NH3N,TP`, the app's monitoring table format. */
  csv: string
  months: string[]
  /** Sections per district name. */
  perDistrict: Record<string, number>
}

/** How many of `total` sections each district gets: by area, largest remainders first, at least one each. */
export function shareByArea(districts: readonly District[], total: number): number[] {
  const areas = districts.map((district) => area(district))
  const sum = areas.reduce((a, b) => a + b, 0)
  const exact = areas.map((value) => Math.max(1, (value / sum) * total))
  const counts = exact.map(Math.floor)
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0])
  for (let left = total - counts.reduce((a, b) => a + b, 0), next = 0; left > 0; left--, next++) counts[order[next % order.length]![1]]! += 1
  return counts
}

export function makeCityDataset(districts: readonly District[], options: CityOptions): CityDataset {
  const seed = options.seed ?? CITY_SEED
  const names = districts.map((district) => district.properties.name)
  const synthetic = makeSyntheticDataset({ sectionCount: options.sectionCount, firstMonth: options.firstMonth, lastMonth: options.lastMonth, seed, towns: names })
  const random = createRandom(seed ^ 0x5eed)
  const counts = shareByArea(districts, options.sectionCount)
  const perDistrict: Record<string, number> = {}
  let index = 0
  districts.forEach((district, districtIndex) => {
    const [west, south, east, north] = bbox(district)
    for (let placed = 0; placed < counts[districtIndex]! && index < synthetic.sections.features.length; placed++, index++) {
      // Rejection sampling inside the district's polygon (its bounding box holds it at least ~30 %).
      let position: [number, number]
      do position = [Number(random.between(west, east).toFixed(6)), Number(random.between(south, north).toFixed(6))]
      while (!booleanPointInPolygon(position, district))
      const feature = synthetic.sections.features[index]!
      feature.geometry.coordinates = position
      feature.properties = { ...feature.properties, town: district.properties.name }
    }
    perDistrict[district.properties.name] = counts[districtIndex]!
  })
  return { sections: synthetic.sections, csv: synthetic.csv, months: synthetic.months, perDistrict }
}

/**
 * The sections as an MVT/PMTiles archive, z8–z14, gzip. Each tile feature carries only `id` (promoted to
 * the feature id: the series and feature-state are keyed by it) and `name` (the card's title): class,
 * change and visibility are not in the tiles, they come from the series at the clock's month.
 */
export function cityTileArchive(sections: FeatureCollection<Point>): Uint8Array {
  const features = sections.features.map((feature) => ({
    ...feature,
    properties: { id: String(feature.properties!.id), name: String(feature.properties!.name) },
  }))
  const tiles = cutTiles(features, CITY_MIN_ZOOM, CITY_MAX_ZOOM).map((tile) => ({
    z: tile.z,
    x: tile.x,
    y: tile.y,
    data: encodeTile([{ name: CITY_SOURCE_LAYER, extent: EXTENT, features: tile.features }]),
  }))
  const [west, south, east, north] = bbox(sections)
  return writePmtiles(tiles, {
    compression: 'gzip',
    bounds: [west, south, east, north],
    center: [(west + east) / 2, (south + north) / 2, 9],
    metadata: {
      name: '全市示例断面 (sample)',
      description: `${sections.features.length} generated sample sections over Shanghai's 16 districts — not real data.`,
      sample: true,
      vector_layers: [{ id: CITY_SOURCE_LAYER, minzoom: CITY_MIN_ZOOM, maxzoom: CITY_MAX_ZOOM, fields: { id: 'String', name: 'String' } }],
    },
  })
}
