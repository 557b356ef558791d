/**
 * Issue #6 item 5: a layer configured in geodata/catalogue.json is drawn from a PMTiles archive read
 * with HTTP range requests — the archive is never downloaded whole. The test server honours Range like
 * any static host (206 + Content-Range) and records every request for the archive.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { pagePositionOf, renderedIds } from './support/map-probe.ts'
import { FIXTURE_FILE, FIXTURE_SOURCE_LAYER } from '../../scripts/fixtures/pmtiles/pmtiles-fixture.ts'
import { sampleFeatures } from '../../scripts/fixtures/pmtiles/sample-features.ts'
import type { Point } from 'geojson'

const archive = readFileSync(FIXTURE_FILE)
const LAYER = 'tile-sites'
const MAP_LAYERS = [`${LAYER}-fill`, `${LAYER}-outline`, `${LAYER}-line`, `${LAYER}-circle`]
const points = sampleFeatures().features.filter((feature) => feature.geometry.type === 'Point')

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

interface ArchiveRequest {
  range: string | null
  status: number
  bytes: number
}

/** Serves the archive as a static host with byte serving does: 206 and the slice for a Range request. */
function serveArchive(requests: ArchiveRequest[]) {
  return (route: Route) => {
    const range = route.request().headers()['range'] ?? null
    const match = range?.match(/^bytes=(\d+)-(\d*)$/)
    if (!match) {
      requests.push({ range, status: 200, bytes: archive.length })
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: archive })
    }
    const start = Number(match[1])
    const end = Math.min(match[2] ? Number(match[2]) : archive.length - 1, archive.length - 1)
    requests.push({ range, status: 206, bytes: end - start + 1 })
    return route.fulfill({
      status: 206,
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Range': `bytes ${start}-${end}/${archive.length}`,
        'Accept-Ranges': 'bytes',
        'Content-Length': String(end - start + 1),
      },
      body: archive.subarray(start, end + 1),
    })
  }
}

async function openWithTiles(path: string): Promise<{ page: Page; requests: ArchiveRequest[]; close(): Promise<void> }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.route('**/geodata/catalogue.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        layers: [
          {
            id: LAYER,
            name: { zh: '样例瓦片要素', en: 'Sample tile features' },
            geometry: 'mixed',
            tiles: { kind: 'pmtiles', url: 'tiles/sample-features.pmtiles', sourceLayer: FIXTURE_SOURCE_LAYER },
            cardFields: ['name'],
          },
        ],
      }),
    }),
  )
  const requests: ArchiveRequest[] = []
  await page.route('**/tiles/sample-features.pmtiles', serveArchive(requests))
  await page.goto(app.baseUrl + path)
  await waitForMapReady(page)
  return { page, requests, close: () => context.close() }
}

/** Sample points well inside the current view (a 60 px margin), as the map projects them. */
async function pointsInView(page: Page) {
  const size = await page.evaluate(() => {
    const canvas = window.__shuitian!.map.getCanvas()
    return { width: canvas.clientWidth, height: canvas.clientHeight }
  })
  const projected = await page.evaluate(
    (positions) => positions.map((position) => window.__shuitian!.map.project(position as [number, number])),
    points.map((feature) => (feature.geometry as Point).coordinates),
  )
  return points.filter((_, index) => {
    const { x, y } = projected[index]!
    return x > 60 && y > 60 && x < size.width - 60 && y < size.height - 60
  })
}

describe('layers from a PMTiles archive', () => {
  it('lists the layer, draws its features from tiles and reads the archive only in byte ranges', async () => {
    const { page, requests, close } = await openWithTiles('?c=121.56,30.91,11,0,0')
    expect(await page.getAttribute(`[data-testid="layer-${LAYER}"]`, 'data-status')).toBe('ready')
    const drawn = await renderedIds(page, MAP_LAYERS)
    const expected = (await pointsInView(page)).map((feature) => feature.properties.id)
    expect(expected.length).toBeGreaterThan(3)
    expect(drawn).toEqual(expect.arrayContaining(expected))
    expect(drawn.some((id) => id.startsWith('tile-polygon-'))).toBe(true)
    expect(drawn.some((id) => id.startsWith('tile-line-'))).toBe(true)
    // The header (first 16 KiB of a 24 KiB archive) and then tiles: every request is a range, none a
    // whole-file GET, and together they read less than the whole archive.
    expect(requests.length).toBeGreaterThanOrEqual(2)
    expect(requests.every((request) => request.status === 206)).toBe(true)
    expect(requests.every((request) => request.bytes < archive.length)).toBe(true)
    expect(requests[0]!.range).toBe('bytes=0-16383')
    expect(archive.length).toBeGreaterThan(16_384)
    await close()
  })

  it('zooms to the layer from the extent in the archive header', async () => {
    const { page, close } = await openWithTiles('?c=121.2,31.6,9,0,0')
    expect(await pointsInView(page)).toEqual([])
    await page.click(`[data-testid="layer-${LAYER}"] .layer-item__zoom`)
    await page.evaluate(() => window.__shuitian!.whenIdle())
    const inView = await pointsInView(page)
    // Every sample point is in the view (less the 60 px margin at the padded edge), and the map zoomed in.
    expect(inView.length).toBeGreaterThanOrEqual(points.length - 2)
    expect(await page.evaluate(() => window.__shuitian!.map.getZoom())).toBeGreaterThan(9)
    await close()
  })

  it('opens a card with the name of a clicked tile feature', async () => {
    const { page, close } = await openWithTiles('?c=121.56,30.91,12,0,0')
    const [target] = await pointsInView(page)
    expect(target).toBeDefined()
    const position = await pagePositionOf(page, (target!.geometry as Point).coordinates as [number, number])
    await page.mouse.click(position.x, position.y)
    await page.waitForSelector('[data-testid="feature-card"]', { timeout: 10_000 })
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe(target!.properties.name)
    expect(await page.textContent('[data-field="name"]')).toBe(target!.properties.name)
    await close()
  })

  it('reports a missing archive by name and keeps the shipped layers', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/catalogue.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ layers: [{ id: LAYER, name: { zh: '缺失瓦片' }, tiles: { kind: 'pmtiles', url: 'tiles/missing.pmtiles', sourceLayer: 'x' } }] }),
      }),
    )
    await page.route('**/tiles/missing.pmtiles', (route) => route.fulfill({ status: 404, body: 'not found' }))
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    expect(await page.getAttribute(`[data-testid="layer-${LAYER}"]`, 'data-status')).toBe('error')
    expect(await page.textContent(`[data-testid="layer-error-${LAYER}"]`)).toContain('missing.pmtiles')
    expect(await page.getAttribute('[data-testid="layer-sections"]', 'data-status')).toBe('ready')
    await context.close()
  })
})

describe('a PMTiles archive opened from disk', () => {
  it('is read in place through the import centre and drawn as an imported tile layer', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(`${app.baseUrl}?c=121.56,30.9,11,0,0`)
    await waitForMapReady(page)
    await page.click('[data-testid="import-open"]')
    await page.setInputFiles('[data-testid="import-file-input"]', FIXTURE_FILE)
    // Imported ids are unique across tabs (name, time, random): find the layer by its name's slug.
    const item = await page.waitForSelector('[data-testid^="layer-imported-sample-features-"][data-status="ready"]')
    const layerId = (await item.getAttribute('data-testid'))!.replace(/^layer-/, '')
    const ids = [`${layerId}-fill`, `${layerId}-outline`, `${layerId}-line`, `${layerId}-circle`]
    await page.waitForFunction((layers) => window.__shuitian!.renderedFeatureIds(layers).length > 0, ids)
    expect((await renderedIds(page, ids)).length).toBeGreaterThan(0)
    await context.close()
  })
})
