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
 * (default 20000 2019-01 2020-12). The district boundaries are the committed basemap's, so that the script
 * and the tests that generate the same set run from a clean checkout with nothing beside it:
 * `neighbours.geojson` (the 15 other districts, DataV via ../shared/geodata-sources, GCJ-02 converted to
 * WGS84, no licence stated: placeholders) and `land.geojson` (Fengxian's land outline, tianyaxwq/chongqin,
 * Apache-2.0). docs/large-data.md → "Sections on the clock".
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readFeatureCollection } from '../geodata/io.ts'
import { basemapPath, repositoryRoot } from '../geodata/paths.ts'
import { cityTileArchive, CITY_SOURCE_LAYER, makeCityDataset, type District } from './city-dataset.ts'

export const CITY_FOLDER = resolve(repositoryRoot, 'generated/city')

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

/** Shanghai's 16 districts: the 15 of `neighbours.geojson`, then Fengxian (`land.geojson`). */
export function readDistricts(): District[] {
  const others = readFeatureCollection(basemapPath('neighbours.geojson')).features
  const fengxian = readFeatureCollection(basemapPath('land.geojson')).features
  return [...others, ...fengxian] as District[]
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
