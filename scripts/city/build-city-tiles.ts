/**
 * Writes the city-wide SAMPLE set (issue 17 §4) into generated/city/ (gitignored; rerunnable, the same
 * bytes on every run):
 *
 * - `city-sections.pmtiles`  the sections as vector tiles (z8–z14, layer `sections`, properties id + name);
 * - `sections.geojson`       the section register (id, name, river, town = district, level, targetClass);
 * - `monthly.csv`            the matching monitoring series (section_id,month,pH,DO,NH3N,TP);
 * - `catalogue.json`         the catalogue entry that draws the tiles on the clock.
 *
 * Run: `npx tsx scripts/city/build-city-tiles.ts [sections] [firstMonth] [lastMonth]`
 * (default 20000 2019-01 2020-12). The district boundaries come from ../shared/geodata-sources
 * (DataV, WGS84 conversion, no licence stated: placeholders). docs/large-data.md → "Sections on the clock".
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readFeatureCollection } from '../geodata/io.ts'
import { repositoryRoot, sourcePath } from '../geodata/paths.ts'
import { cityTileArchive, CITY_SOURCE_LAYER, makeCityDataset, type District } from './city-dataset.ts'

export const CITY_FOLDER = resolve(repositoryRoot, 'generated/city')
export const DISTRICTS_FILE = 'datav-admin/shanghai_districts.wgs84.geojson'

/** The catalogue entry: a tile layer that follows the monitoring series (`style: "water-class"`). */
export function cityCatalogue(url = 'tiles/city-sections.pmtiles') {
  return {
    layers: [
      {
        id: 'city-sections',
        name: { zh: '全市监测断面（示例）', en: 'City monitoring sections (sample)' },
        geometry: 'point',
        tiles: { kind: 'pmtiles', url, sourceLayer: CITY_SOURCE_LAYER },
        style: 'water-class',
        cardFields: ['name'],
      },
    ],
  }
}

export function readDistricts(): District[] {
  return readFeatureCollection(sourcePath(DISTRICTS_FILE)).features as District[]
}

function main() {
  const [count = '20000', firstMonth = '2019-01', lastMonth = '2020-12'] = process.argv.slice(2)
  const started = performance.now()
  const dataset = makeCityDataset(readDistricts(), { sectionCount: Number(count), firstMonth, lastMonth })
  const archive = cityTileArchive(dataset.sections)
  mkdirSync(CITY_FOLDER, { recursive: true })
  writeFileSync(resolve(CITY_FOLDER, 'city-sections.pmtiles'), archive)
  writeFileSync(resolve(CITY_FOLDER, 'sections.geojson'), JSON.stringify(dataset.sections))
  writeFileSync(resolve(CITY_FOLDER, 'monthly.csv'), dataset.csv)
  writeFileSync(resolve(CITY_FOLDER, 'catalogue.json'), JSON.stringify(cityCatalogue(), null, 2) + '\n')
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`wrote ${CITY_FOLDER}: ${dataset.sections.features.length} sections, ${dataset.months.length} months, archive ${archive.length} bytes, csv ${dataset.csv.length} bytes (${seconds} s)`)
  console.log(JSON.stringify(dataset.perDistrict))
}

if (import.meta.url === `file://${process.argv[1]}`) main()
