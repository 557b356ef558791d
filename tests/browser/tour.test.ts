/**
 * Issue #5 in the built app: inspection tours. A tour opens from its link in presenter mode, → moves
 * to the next stop and the map shows that stop's camera, layers, month and filter; the address of a
 * stop restores it in a new page; a broken tour file is named with its problem; exported images
 * carry the data's class colours.
 */
import { WATER_CLASSES, WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { renderedIds } from './support/map-probe.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const TOUR_FILE = `${projectRoot}geodata/tours/2019-inspection.json`
interface StopData {
  id: string
  title: string
  camera: { center?: [number, number]; zoom?: number; fit?: true }
  layers: string[]
  clock: { month: string; mode: string }
  filter?: { levels?: string[] }
}
const tour = JSON.parse(readFileSync(TOUR_FILE, 'utf8')) as { id: string; stops: StopData[] }
// Any view key (m=) keeps the link a permalink; the tour keys say which stop.
const START = `?m=2019-01&tour=${tour.id}&stop=1`
const CLASS_COLOURS = WATER_CLASSES.map((waterClass) => WATER_CLASS_COLOURS[waterClass])

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

async function waitForStop(page: Page, number: number): Promise<void> {
  await page.waitForSelector(`[data-testid="tour-presenter"][data-stop="${number}"][data-state="ready"]`, { timeout: 60_000 })
}

async function mapView(page: Page) {
  return page.evaluate(() => {
    const map = window.__shuitian!.map
    const visibility = (id: string) => (map.getLayer(id) ? map.getLayoutProperty(id, 'visibility') ?? 'visible' : 'missing')
    return {
      center: map.getCenter().toArray() as [number, number],
      zoom: map.getZoom(),
      layers: {
        sections: visibility('sections-circle'),
        greenways: visibility('greenways-line'),
        'remediation-plots': visibility('remediation-plots-fill'),
        'soil-parcels': visibility('soil-parcels-fill'),
      } as Record<string, unknown>,
    }
  })
}

function queryOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams
}

describe('inspection tour presenter', () => {
  it('opens from its link and → shows the next stop: camera, layers, month and filter of the data', async () => {
    const { page, context, offOriginRequests } = await openPage(app, START)
    await waitForStop(page, 1)
    expect(await page.textContent('[data-testid="tour-stop-title"]')).toBe(tour.stops[0]!.title)
    expect(await page.textContent('[data-testid="tour-progress"]')).toBe(`1 / ${tour.stops.length}`)

    await page.keyboard.press('ArrowRight')
    await waitForStop(page, 2)
    const stop = tour.stops[1]!
    expect(await page.textContent('[data-testid="tour-stop-title"]')).toBe(stop.title)
    expect(await page.textContent('[data-testid="tour-progress"]')).toBe(`2 / ${tour.stops.length}`)
    const view = await mapView(page)
    // A fit stop frames its section with the nearest town and river names around it: drawn, with context.
    expect(stop.camera.fit).toBe(true)
    expect(await renderedIds(page, ['sections-circle'])).toContain('FX01')
    expect(view.zoom).toBeLessThanOrEqual(13.01)
    for (const [layerId, visibility] of Object.entries(view.layers)) {
      expect(visibility, layerId).toBe(stop.layers.includes(layerId) ? 'visible' : 'none')
    }
    await page.waitForFunction((month) => new URL(location.href).searchParams.get('m') === month, stop.clock.month)
    expect(queryOf(page).get('mode') ?? 'month').toBe(stop.clock.mode)
    // The key figures are computed from the data (a class with its quality word), not typed in the tour.
    expect(await page.textContent('[data-testid="tour-figures"]')).toMatch(/类（(优|良好|轻度污染|中度污染|重度污染)）/)

    // Stop 3 filters to the assessed (national + municipal) sections: only those stay on the map.
    await page.keyboard.press('PageDown')
    await waitForStop(page, 3)
    const filtered = tour.stops[2]!
    expect(filtered.filter?.levels).toEqual(['national', 'municipal'])
    await page.waitForFunction(() => new URL(location.href).searchParams.has('lvl'))
    expect(queryOf(page).get('lvl')!.split(',').sort()).toEqual(['municipal', 'national'])
    const shown = await renderedIds(page, ['sections-circle'])
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((id) => Number(id.slice(2)) <= 18)).toBe(true)

    // Digits + Enter jump; End goes to the last stop; Esc leaves.
    await page.keyboard.type('5')
    await page.keyboard.press('Enter')
    await waitForStop(page, 5)
    await page.keyboard.press('End')
    await waitForStop(page, tour.stops.length)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="tour-presenter"]', { state: 'detached' })
    expect(queryOf(page).has('tour')).toBe(false)
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('restores the same stop in a new page from the address of a stop', async () => {
    const first = await openPage(app, START)
    await waitForStop(first.page, 1)
    for (let step = 0; step < 3; step += 1) await first.page.keyboard.press('ArrowRight')
    await waitForStop(first.page, 4)
    await first.page.waitForFunction(() => new URL(location.href).searchParams.get('stop') === '4')
    await first.page.waitForTimeout(400)
    const link = first.page.url()
    const before = await mapView(first.page)
    await first.context.close()

    const second = await openPage(app, link.slice(app.baseUrl.length))
    await waitForStop(second.page, 4)
    expect(await second.page.textContent('[data-testid="tour-stop-title"]')).toBe(tour.stops[3]!.title)
    const after = await mapView(second.page)
    expect(after.center[0]).toBeCloseTo(before.center[0], 3)
    expect(after.center[1]).toBeCloseTo(before.center[1], 3)
    expect(after.zoom).toBeCloseTo(before.zoom, 1)
    expect(after.layers).toEqual(before.layers)
    expect(queryOf(second.page).get('m')).toBe(tour.stops[3]!.clock.month)
    await second.context.close()
  })

  it.each([
    ['a projector', { width: 1280, height: 800 }],
    ['a portrait tablet', { width: 768, height: 1024 }],
  ])('keeps the scale and the folded credits above the controls on %s, and the full credits after', async (_screen, viewport) => {
    const context = await app.browser.newContext({ viewport })
    const page = await context.newPage()
    await page.goto(app.baseUrl + START)
    await page.waitForSelector('[data-testid="tour-presenter"][data-state="ready"]', { timeout: 90_000 })
    const box = (selector: string) => page.locator(selector).boundingBox()
    const controls = (await box('.tour-controls'))!
    for (const selector of ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
      expect((await box(selector))!.y + (await box(selector))!.height, selector).toBeLessThanOrEqual(controls.y + 1)
    }
    // The colour key of a stop that shows sections sits in the controls bar.
    expect(await page.locator('.tour-controls [data-testid="class-legend"] li').count()).toBe(7)
    // Folded into the ⓘ button: no line of credits across the projected map; one press shows them.
    const credits = page.locator('.maplibregl-ctrl-attrib')
    expect(await credits.getAttribute('class')).toContain('maplibregl-compact')
    expect(await credits.getAttribute('open')).toBeNull()
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false)
    await page.click('.maplibregl-ctrl-attrib-button')
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('OpenStreetMap')
    await page.click('[data-testid="tour-exit"]')
    await page.waitForSelector('[data-testid="tour-presenter"]', { state: 'detached' })
    // Back to the map's usual credits: open on a wide screen, folded under 1024 px (issue 12 item 9), with
    // MapLibre's own credit, and only one control.
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1)
    expect(await credits.getAttribute('open')).toSatisfy((open: string | null) => (viewport.width < 1024 ? open === null : open !== null))
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('MapLibre')
    await context.close()
  })

  it('names the file and the problem of a malformed tour', async () => {
    const broken = JSON.parse(readFileSync(TOUR_FILE, 'utf8')) as { stops: { camera: Record<string, unknown> }[] }
    broken.stops[1]!.camera = { center: [121.5, 30.9], zoom: 99 }
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.route('**/geodata/tours/2019-inspection.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }))
    await page.goto(app.baseUrl + START)
    const error = await page.waitForSelector('[data-testid="tour-error"]', { timeout: 90_000 })
    const text = await error.textContent()
    expect(text).toContain('2019-inspection.json')
    expect(text).toContain('stops[1].camera.zoom')
    expect(await page.$('[data-testid="tour-stop-title"]')).toBeNull()
    await context.close()
  })
})

/** Counts pixels of each colour in a PNG data URL, decoded in the page with a 2D canvas. */
async function countPngColours(page: Page, dataUrl: string, colours: string[]): Promise<{ width: number; counts: number[]; distinct: number }> {
  return page.evaluate(async ({ dataUrl, colours }) => {
    const image = new Image()
    image.src = dataUrl
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data
    const rgb = colours.map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)))
    const counts = colours.map(() => 0)
    const seen = new Set<number>()
    for (let offset = 0; offset < data.length; offset += 4) {
      seen.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!)
      rgb.forEach(([r, g, b], index) => {
        if (Math.abs(data[offset]! - r!) <= 10 && Math.abs(data[offset + 1]! - g!) <= 10 && Math.abs(data[offset + 2]! - b!) <= 10) counts[index]!++
      })
    }
    return { width: canvas.width, counts, distinct: seen.size }
  }, { dataUrl, colours })
}

describe('map image export', () => {
  it('exports the explore view as a PNG at 2× that is not blank and has the class colours', async () => {
    const { page, context } = await openPage(app, '?m=2019-06')
    await page.click('[data-testid="export-view"]')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-view-2x"]')])
    const path = await download.path()
    const dataUrl = `data:image/png;base64,${readFileSync(path).toString('base64')}`
    const screenWidth = await page.evaluate(() => window.__shuitian!.map.getCanvas().width)
    const result = await countPngColours(page, dataUrl, CLASS_COLOURS)
    expect(result.width).toBe(screenWidth * 2)
    expect(result.distinct).toBeGreaterThan(50)
    // Sections drawn in their class colours, and the legend's swatches for all six classes.
    expect(result.counts.filter((count) => count > 0).length).toBe(CLASS_COLOURS.length)
    // The map went back to its screen resolution afterwards.
    expect(await page.evaluate(() => window.__shuitian!.map.getCanvas().width)).toBe(screenWidth)
    await context.close()
  })

  it('makes a briefing with one page per stop whose images carry the class colours', async () => {
    const { page, context } = await openPage(app)
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.click(`[data-testid="tour-open-${tour.id}"]`)
    await page.click('[data-testid="tour-make-briefing"]')
    await page.waitForSelector('[data-testid="tour-briefing"]', { timeout: 180_000 })
    expect(await page.$$eval('[data-testid="briefing-page"]', (pages) => pages.length)).toBe(tour.stops.length)
    const image = await page.getAttribute('[data-testid="briefing-page"]:nth-of-type(2) [data-testid="briefing-image"]', 'src')
    expect(image).toMatch(/^data:image\/png;base64,/)
    const result = await countPngColours(page, image!, CLASS_COLOURS)
    expect(result.distinct).toBeGreaterThan(50)
    expect(result.counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(3)
    await context.close()
  })
})

describe('tour authoring', () => {
  it('adds the current view as a stop, reorders and deletes stops, and keeps the draft after a reload', async () => {
    const { page, context } = await openPage(app, '?m=2019-06&cls=5,6&c=121.5,30.9,11,0,0')
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.click('[data-testid="tour-new"]')
    await page.click('[data-testid="tour-add-stop"]')
    await page.evaluate(() => window.__shuitian!.map.jumpTo({ center: [121.6, 30.85], zoom: 12 }))
    await page.click('[data-testid="tour-add-stop"]')
    await page.click('[data-testid="tour-add-stop"]')
    expect(await page.locator('[data-testid="tour-stop-item"]').count()).toBe(3)
    // The delete button sits in the stop's edit area.
    await page.locator('[data-testid="tour-stop-edit"]').nth(2).click()
    await page.locator('[data-testid="tour-stop-delete"]').click()
    expect(await page.locator('[data-testid="tour-stop-item"]').count()).toBe(2)
    await page.locator('[data-testid="tour-stop-down"]').nth(0).click()
    // The panel says when the last change is on disk; only then is a reload sure to keep it.
    await page.waitForSelector('[data-testid="tour-draft-status"][data-state="saved"]')

    await page.reload()
    await page.waitForSelector('[data-testid="map"][data-state="ready"]')
    if (!(await page.isVisible('[data-testid="tour-panel"]'))) await page.click('[data-testid="tour-panel-toggle"]')
    // The draft comes back from IndexedDB (asynchronously), not from the page's memory.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tour-stop-item"]').length === 2)
    expect(await page.evaluate(() => localStorage.getItem('shuitian.tour-draft.v1'))).toBeNull()
    // The stop moved down is the first view (zoom 11, classes Ⅴ and 劣Ⅴ filtered), now second.
    await page.click('[data-testid="tour-present"]')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="1"][data-state="ready"]', { timeout: 60_000 })
    expect(await page.evaluate(() => Math.round(window.__shuitian!.map.getZoom()))).toBe(12)
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="2"][data-state="ready"]', { timeout: 60_000 })
    expect(await page.evaluate(() => Math.round(window.__shuitian!.map.getZoom()))).toBe(11)
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('cls')).toBe('5,6')
    await context.close()
  })
})
