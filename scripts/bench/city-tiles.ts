/**
 * The city-wide bench cases (issue 17 §4): 20,000 generated sections over Shanghai's 16 districts × 24
 * months (scripts/city/city-dataset.ts, sample data), with the camera on the whole city so that every
 * section is in view — as the 10,000-section case has every section in the district view.
 *
 * - `cityTiles20000`: the sections drawn from a PMTiles archive configured in geodata/catalogue.json with
 *   `"style": "water-class"`; the register (sections.geojson) and the series (monthly.csv) are served in
 *   place of the shipped files, and the register's GeoJSON layer is not drawn (the catalogue hides it).
 * - `cityGeojson20000`: the same sections and series drawn by the shipped GeoJSON layer (no catalogue), to
 *   separate what tiles change from what 20,000 sections cost anyway.
 */
import type { Page } from 'playwright-core'
import type { FeatureCollection } from 'geojson'
import { cityTileArchive, makeCityDataset } from '../city/city-dataset.ts'
import { cityCatalogue, readDistricts } from '../city/build-city-tiles.ts'
import { rangeRoute } from '../city/range-route.ts'

/** All of Shanghai in the app's map canvas at 1280×800 (Chongming to Jinshan). */
export const CITY_VIEW = { center: [121.45, 31.2] as [number, number], zoom: 8.4 }

export interface CityCase {
  sections: FeatureCollection
  csv: string
  /** Routes the catalogue and the archive (tiles case only). */
  prepare?: (page: Page) => Promise<void>
}

export function cityCase(tiles: boolean): CityCase {
  const dataset = makeCityDataset(readDistricts(), { sectionCount: 20_000, firstMonth: '2019-01', lastMonth: '2020-12' })
  if (!tiles) return { sections: dataset.sections, csv: dataset.csv }
  const archive = cityTileArchive(dataset.sections)
  return {
    sections: dataset.sections,
    csv: dataset.csv,
    prepare: async (page) => {
      await page.route('**/geodata/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(cityCatalogue()) }))
      await page.route('**/tiles/city-sections.pmtiles', rangeRoute(archive))
    },
  }
}
