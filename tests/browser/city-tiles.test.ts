/**
 * Issue 17 §4: 20,000 city-wide sections drawn from a PMTiles archive (configured in geodata/catalogue.json
 * with "style": "water-class") take their class, change ring and filter visibility from the monitoring
 * series through feature-state; the filter counts every section of the series, not the rendered tiles.
 * The data is generated here by the same script as the bench's (scripts/city/city-dataset.ts: sample).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { Point } from 'geojson'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { countColourPixelsNear, jumpTo, pagePositionOf, renderedIds } from './support/map-probe.ts'
import { cityTileArchive, makeCityDataset, type CityDataset } from '../../scripts/city/city-dataset.ts'
import { cityCatalogue, readDistricts } from '../../scripts/city/build-city-tiles.ts'
import { rangeRoute } from '../../scripts/city/range-route.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildClassMatrixFromRecords, WATER_CLASS_COLOURS, type WaterClass } from '@/domain/water-quality/index.ts'

const LAYER = 'city-sections'
const CIRCLES = `${LAYER}-circle`
const MONTHS = ['2020-10', '2020-11', '2020-12']

let app: TestApp
let dataset: CityDataset
let archive: Uint8Array
let classOf: (sectionId: string, month: string) => number

beforeAll(async () => {
  dataset = makeCityDataset(readDistricts(), { sectionCount: 20_000, firstMonth: MONTHS[0]!, lastMonth: MONTHS.at(-1)! })
  archive = cityTileArchive(dataset.sections)
  const ids = dataset.sections.features.map((feature) => String(feature.properties!.id))
  const matrix = buildClassMatrixFromRecords(parseMonthlyCsv(dataset.csv).records, ids, MONTHS)
  const row = new Map(ids.map((id, index) => [id, index]))
  classOf = (sectionId, month) => matrix.classes[row.get(sectionId)! * MONTHS.length + MONTHS.indexOf(month)]!
  app = await startApp()
}, 120_000)
afterAll(async () => {
  await app?.close()
})

async function openCity(path: string): Promise<{ page: Page; context: BrowserContext }> {
  // Service workers blocked so that routing sees every request (the worker's fetches bypass it).
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.route('**/geodata/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(cityCatalogue()) }))
  await page.route('**/tiles/city-sections.pmtiles', rangeRoute(archive))
  // The section register and the series: what the board and the filters read.
  await page.route('**/geodata/layers/sections.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(dataset.sections) }))
  await page.route('**/geodata/water/monthly.csv', (route) => route.fulfill({ contentType: 'text/csv; charset=utf-8', body: dataset.csv }))
  await page.goto(app.baseUrl + path)
  await waitForMapReady(page)
  await page.waitForSelector('[data-testid="time-strip"]', { timeout: 60_000 })
  return { page, context }
}

/** A Fengxian section whose class differs between the last two months, with no other section within ~600 m. */
function changingSection(): { id: string; position: [number, number]; before: WaterClass; after: WaterClass } {
  const features = dataset.sections.features
  for (const feature of features) {
    if (feature.properties!.town !== '奉贤区') continue
    const id = String(feature.properties!.id)
    const before = classOf(id, '2020-11')
    const after = classOf(id, '2020-12')
    if (!before || !after || before === after) continue
    const position = (feature.geometry as Point).coordinates as [number, number]
    const crowded = features.some((other) => other !== feature && Math.abs(other.geometry.coordinates[0]! - position[0]) < 0.006 && Math.abs(other.geometry.coordinates[1]! - position[1]) < 0.006)
    if (!crowded) return { id, position, before: before as WaterClass, after: after as WaterClass }
  }
  throw new Error('no isolated section changes class between 2020-11 and 2020-12')
}

/** The feature-state MapLibre holds for a rendered tile feature (null when the feature is not rendered). */
async function tileState(page: Page, id: string): Promise<Record<string, unknown> | null> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  return page.evaluate(
    ({ layer, id }) => window.__shuitian!.map.queryRenderedFeatures(undefined, { layers: [layer] }).find((feature) => String(feature.id) === id)?.state ?? null,
    { layer: CIRCLES, id },
  )
}

describe('city-wide sections from vector tiles on the clock', () => {
  it('colours a tile section by the series at each month, rings its change and hides it by the class filter', async () => {
    const section = changingSection()
    // No link: a link without `l` restores the default layers, the GeoJSON sections among them.
    const { page, context } = await openCity('')
    await page.click('[data-testid="compare-previous"]')
    await jumpTo(page, section.position, 13)
    await page.click('[data-testid="clock-back"]')
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2020年11月')
    // The tiles draw the sections; the register's GeoJSON layer is loaded but not drawn twice.
    expect(await renderedIds(page, ['sections-circle'])).toEqual([])
    expect(await renderedIds(page, [CIRCLES])).toContain(section.id)

    const november = await tileState(page, section.id)
    expect(november).toMatchObject({ waterClass: section.before, hidden: false })
    expect(await countColourPixelsNear(page, section.position, 9, WATER_CLASS_COLOURS[section.before], 24)).toBeGreaterThan(40)

    await page.click('[data-testid="clock-forward"]')
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2020年12月')
    const december = await tileState(page, section.id)
    expect(december).toMatchObject({ waterClass: section.after, change: section.after < section.before ? 'better' : 'worse', hidden: false })
    expect(await countColourPixelsNear(page, section.position, 9, WATER_CLASS_COLOURS[section.after], 24)).toBeGreaterThan(40)
    expect(await countColourPixelsNear(page, section.position, 9, WATER_CLASS_COLOURS[section.before], 24)).toBeLessThan(10)

    // A click on the tile marker opens the section's own card (from the register) and rings the marker.
    const at = await pagePositionOf(page, section.position)
    await page.mouse.click(at.x, at.y)
    const roman = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'][section.after - 1]!
    await page.waitForSelector('[data-testid="section-class"]')
    expect(await page.textContent('[data-testid="section-class"]')).toContain(`${roman}类`)
    expect(await tileState(page, section.id)).toMatchObject({ selected: true })

    // Keep only another class: the section is hidden, and the count covers all 20,000 sections of the
    // series (a tile layer alone only knows the few hundred rendered here).
    const other = (section.after === 1 ? 2 : 1) as WaterClass
    await page.click('[data-testid="tab-sections"]')
    await page.click(`[data-testid="filter-classes-${other}"]`)
    expect((await tileState(page, section.id))?.hidden).toBe(true)
    expect(await renderedIds(page, [CIRCLES])).not.toContain(section.id)
    const kept = dataset.sections.features.filter((feature) => classOf(String(feature.properties!.id), '2020-12') === other).length
    expect(await page.textContent('[data-testid="filter-chips-count"]')).toBe(`显示 ${kept} / 20000`)
    expect(await countColourPixelsNear(page, section.position, 9, WATER_CLASS_COLOURS[section.after], 24)).toBeLessThan(10)
    await context.close()
  }, 240_000)
})
