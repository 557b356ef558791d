/**
 * A sections layer of more than 1,000 sections (a city-wide or imported network) in the built app: dots
 * at the district view, markers that hold their numerals from zoom 11 (a second layer,
 * map/section-markers.ts), and a section hidden by the class filter leaves nothing on the map. The data
 * is the bench's deterministic sample (scripts/bench/synthetic-data.ts), 1,500 sections × 3 months.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection, Point } from 'geojson'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'
import { makeSyntheticDataset } from '../../scripts/bench/synthetic-data.ts'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { colourAt, coloursClose, countColourPixelsNear, jumpTo, pagePositionOf } from './support/map-probe.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const shipped = JSON.parse(readFileSync(`${projectRoot}geodata/layers/sections.geojson`, 'utf8')) as FeatureCollection
const towns = [...new Set(shipped.features.map((feature) => String(feature.properties!.town)))].sort()
const dataset = makeSyntheticDataset({ sectionCount: 1_500, firstMonth: '2020-10', lastMonth: '2020-12', seed: 20_240_607, towns })
const DISTRICT_ZOOM = 10.2

/** The section farthest from its nearest neighbour: its marker is drawn alone at every zoom used here. */
function loneSection(collection: FeatureCollection<Point>): { id: string; at: [number, number] } {
  const points = collection.features.map((feature) => ({ id: String(feature.properties!.id), at: feature.geometry.coordinates as [number, number] }))
  const scale = Math.cos((30.9 * Math.PI) / 180)
  let best = points[0]!
  let bestDistance = -1
  for (const point of points) {
    let nearest = Number.POSITIVE_INFINITY
    for (const other of points) {
      if (other === point) continue
      nearest = Math.min(nearest, Math.hypot((point.at[0] - other.at[0]) * scale, point.at[1] - other.at[1]))
    }
    if (nearest > bestDistance) [best, bestDistance] = [point, nearest]
  }
  return best
}
const lone = loneSection(dataset.sections)

let app: TestApp
let context: BrowserContext
let page: Page
beforeAll(async () => {
  app = await startApp()
  context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  page = await context.newPage()
  await page.route('**/geodata/layers/sections.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(dataset.sections) }))
  await page.route('**/geodata/water/monthly.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: dataset.csv }))
  await page.goto(app.baseUrl)
  await waitForMapReady(page)
  await page.waitForSelector('[data-testid="time-strip"]')
})
afterAll(async () => {
  await context?.close()
  await app?.close()
})

/** The colour the map gives the lone section this month (its class from feature-state). */
async function loneColour(): Promise<string> {
  const waterClass = await page.evaluate((id) => window.__shuitian!.map.getFeatureState({ source: 'sections', id }).waterClass as number, lone.id)
  expect(waterClass).toBeGreaterThanOrEqual(1)
  return WATER_CLASS_COLOURS[waterClass as 1]
}

describe('a dense sections layer', () => {
  it('draws dots at the district view and markers that hold their numerals from zoom 11, which a click selects', async () => {
    await jumpTo(page, lone.at, DISTRICT_ZOOM)
    const colour = await loneColour()
    // A dot: the class colour at its centre, the basemap 6 px away.
    expect(coloursClose(await colourAt(page, lone.at), colour, 24)).toBe(true)
    expect(coloursClose(await colourAt(page, lone.at, [6, 0]), colour, 40)).toBe(false)

    await jumpTo(page, lone.at, 12)
    // A marker of ≈ 10 px radius with the numeral in its middle: the class colour 7 px from the centre.
    expect(coloursClose(await colourAt(page, lone.at, [7, 0]), colour, 24)).toBe(true)
    expect(coloursClose(await colourAt(page, lone.at, [-7, 0]), colour, 24)).toBe(true)
    // Clicked off its centre, where only the big marker reaches, the section is selected.
    const position = await pagePositionOf(page, lone.at)
    await page.mouse.click(position.x + 7, position.y)
    await page.waitForSelector('[data-testid="feature-card-name"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toContain(lone.id.slice(2))
    await page.click('[data-testid="feature-card-close"]')
  })

  it('leaves nothing on the map where a section is hidden by the class filter', async () => {
    await jumpTo(page, lone.at, DISTRICT_ZOOM)
    const colour = await loneColour()
    // The basemap at the dot's place, with the sections layer switched off by the planner.
    await page.click('[data-testid="layer-toggle-sections"]')
    await page.evaluate(() => window.__shuitian!.whenIdle())
    const offsets: [number, number][] = [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [3, 0], [0, 3]]
    const basemap = await Promise.all(offsets.map((offset) => colourAt(page, lone.at, offset)))
    await page.click('[data-testid="layer-toggle-sections"]')
    expect(await countColourPixelsNear(page, lone.at, 4, colour, 24)).toBeGreaterThan(0)

    // Keep one class that is not the lone section's: it is hidden.
    const waterClass = await page.evaluate((id) => window.__shuitian!.map.getFeatureState({ source: 'sections', id }).waterClass as number, lone.id)
    const kept = waterClass === 1 ? 2 : 1
    await page.click('[data-testid="tab-sections"]')
    await page.click(`[data-testid="filter-classes-${kept}"]`)
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cls'))
    await page.evaluate(() => window.__shuitian!.whenIdle())
    expect(await countColourPixelsNear(page, lone.at, 4, colour, 24)).toBe(0)
    // No speck of its ring either: the same pixels as with the layer switched off.
    const hidden = await Promise.all(offsets.map((offset) => colourAt(page, lone.at, offset)))
    hidden.forEach((pixel, index) => expect(coloursClose(pixel, basemap[index]!, 6), `${offsets[index]}: ${pixel} against ${basemap[index]}`).toBe(true))
    await page.click(`[data-testid="filter-classes-${kept}"]`)
  })

  it('lists 50 of its sections in the sections tab, and 50 more each time the list is scrolled to its end', async () => {
    await page.click('[data-testid="tab-sections"]')
    const rows = () => page.$$eval('[data-testid="section-list"] tbody tr[data-section-id]', (found) => found.length)
    await page.waitForSelector('[data-testid="section-list-more"]')
    expect(await rows()).toBe(50)
    expect(await page.textContent('[data-testid="section-list"] caption')).toContain('1500')
    await page.locator('[data-testid="section-list-more"]').scrollIntoViewIfNeeded()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="section-list"] tbody tr[data-section-id]').length === 100)
    // A filter change redraws the same number of rows, with the sections it keeps.
    await page.click('[data-testid="filter-classes-6"]')
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cls'))
    const kept = await page.$$eval('[data-testid="section-list"] tbody tr[data-section-id] td[data-class]', (cells) => cells.map((cell) => cell.getAttribute('data-class')))
    expect(kept.length).toBeGreaterThan(0)
    expect(new Set(kept)).toEqual(new Set(['6']))
    await page.click('[data-testid="filter-classes-6"]')
    await page.click('[data-testid="section-list-all"]')
    expect(await rows()).toBe(1500)
    expect(await page.$$('[data-testid="section-list-more"]')).toHaveLength(0)
  })

  it('outlines the current month of a 3-month series under the slider with thin lines, not blocks', async () => {
    // The strip drawn as an image at its size on the page: the darkest columns along its middle row.
    const darkColumns = await page.evaluate(async () => {
      const svg = document.querySelector<SVGSVGElement>('[data-testid="time-strip"]')!
      const { width, height } = svg.getBoundingClientRect()
      const copy = svg.cloneNode(true) as SVGSVGElement
      copy.setAttribute('width', String(width))
      copy.setAttribute('height', String(height))
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }))
      const image = new Image()
      image.src = url
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(width)
      canvas.height = Math.round(height)
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      URL.revokeObjectURL(url)
      const row = context.getImageData(0, Math.round(height / 2), canvas.width, 1).data
      let dark = 0
      for (let offset = 0; offset < row.length; offset += 4) if (row[offset + 3]! > 128 && row[offset]! < 80 && row[offset + 1]! < 80 && row[offset + 2]! < 80) dark++
      return { dark, width: canvas.width }
    })
    expect(darkColumns.width).toBeGreaterThan(300)
    // Two sides of the outline, 1.5 px each (was 0.12 of a month: two blocks a third of a month wide).
    expect(darkColumns.dark).toBeGreaterThan(0)
    expect(darkColumns.dark).toBeLessThanOrEqual(6)
  })
})
