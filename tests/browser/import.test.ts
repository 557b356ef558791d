/**
 * Issues #6, #3 and #8 in the built app: the planner's own files dropped or picked into the import centre,
 * their reports, the features where they belong on the map, the monitoring table merged into the
 * series, and all of it still there after a reload (IndexedDB).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, waitForMapReady, type TestApp } from './support/browser.ts'
import { importJob as job, importedLayerId, pickFile } from './support/import-centre.ts'
import { countColourPixelsNear } from './support/map-probe.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
/** WGS84 positions of the three sample points (tests/fixtures/import/manifest.json). */
const POINTS: [number, number][] = [
  [121.4745, 30.9182],
  [121.5523, 30.8807],
  [121.3861, 30.9535],
]
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Drops a file on the map the way a browser does: a DataTransfer holding a File, built in the page. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], name))
      const target = document.querySelector('[data-testid="map"]')!
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }))
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }))
    },
    { name, data: [...bytes] },
  )
}

/** Ids of the layer's point features drawn within 4 px of a longitude/latitude. */
async function idsNear(page: Page, layerId: string, lngLat: [number, number]): Promise<string[]> {
  await waitForMapIdle(page)
  return page.evaluate(
    ({ layerId, lngLat }) => {
      const map = window.__shuitian!.map
      const { x, y } = map.project(lngLat)
      const layers = [`${layerId}-circle`].filter((id) => map.getLayer(id))
      return map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers }).map((feature) => String(feature.properties?.id))
    },
    { layerId, lngLat },
  )
}

async function sectionClass(page: Page, sectionId: string): Promise<number | undefined> {
  await waitForMapIdle(page)
  return page.evaluate((id) => window.__shuitian!.map.getFeatureState({ source: 'sections', id }).waterClass as number | undefined, sectionId)
}

describe('import centre', () => {
  it('previews a dropped GeoJSON, commits it, and still draws it after a reload', async () => {
    const { page, context } = await openPage(app)
    await page.evaluate(() => document.querySelector('[data-testid="map"]')!.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: (() => { const t = new DataTransfer(); t.items.add(new File(['x'], 'x.geojson')); return t })() })))
    expect(await page.isVisible('[data-testid="import-drop-overlay"]')).toBe(true)
    await dropFile(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="ready"]`)
    const PLACES_LAYER = await importedLayerId(page, 'sample-places.geojson')
    expect(await page.isVisible('[data-testid="import-drop-overlay"]')).toBe(false)
    expect(await page.textContent('[data-testid="import-format"]')).toBe('GeoJSON')
    expect(await page.getAttribute('[data-testid="import-crs"]', 'data-crs')).toBe('WGS84')
    expect(await page.textContent('[data-testid="import-imported"]')).toBe('4')
    // The preview is on the map, at the file's positions, before anything is committed.
    for (const point of POINTS) expect((await idsNear(page, PLACES_LAYER, point)).length).toBe(1)
    expect(await page.textContent(`[data-testid="layer-${PLACES_LAYER}"]`)).toContain('预览')

    await page.click(`${job('sample-places.geojson')} [data-testid="import-confirm"]`)
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="committed"]`)
    expect(await page.textContent(`[data-testid="layer-${PLACES_LAYER}"]`)).not.toContain('预览')
    expect(await page.textContent(`[data-testid="layer-count-${PLACES_LAYER}"]`)).toContain('4')
    // The committed colour is drawn, and another swatch repaints the markers (in place: repaint-in-place.ts).
    const menu = `[data-testid="imported-layer-menu"][data-layer="${PLACES_LAYER}"]`
    const committedColour = (await page.getAttribute(`${menu} [data-testid="imported-layer-colour"] input:checked`, 'data-colour'))!
    const otherColour = (await page.$$eval(`${menu} [data-testid="imported-layer-colour"] input:not(:checked)`, (inputs) => inputs.map((input) => input.getAttribute('data-colour'))))[2]!
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 13 }), POINTS[0]!)
    await waitForMapIdle(page)
    expect(await countColourPixelsNear(page, POINTS[0]!, 4, committedColour, 24)).toBeGreaterThan(0)
    await page.click(`${menu} [data-testid="imported-layer-colour"] input[data-colour="${otherColour}"]`)
    await waitForMapIdle(page)
    expect(await countColourPixelsNear(page, POINTS[0]!, 4, otherColour, 24)).toBeGreaterThan(0)
    expect(await countColourPixelsNear(page, POINTS[0]!, 4, committedColour, 24)).toBe(0)
    // Dismissing the finished report keeps the committed layer.
    await page.click(`${job('sample-places.geojson')} [data-testid="import-dismiss"]`)
    expect(await page.$(job('sample-places.geojson'))).toBeNull()
    expect(await page.$(`[data-testid="layer-${PLACES_LAYER}"]`)).not.toBeNull()

    await page.reload()
    await waitForMapReady(page)
    await page.waitForSelector(`[data-testid="layer-${PLACES_LAYER}"]`)
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 11 }), POINTS[0]!)
    for (const point of POINTS) expect((await idsNear(page, PLACES_LAYER, point)).length).toBe(1)
    await context.close()
  })

  it('reprojects a GCJ-02 CSV to WGS84, and re-runs it with the CRS the planner chooses', async () => {
    const { page, context } = await openPage(app)
    const bytes = readFileSync(`${fixtures}import/sample-points-gcj02.csv`)
    await pickFile(page, 'sample-points-gcj02.csv', bytes)
    await page.waitForSelector(`${job('sample-points-gcj02.csv')}[data-status="ready"]`)
    const GCJ_LAYER = await importedLayerId(page, 'sample-points-gcj02.csv')
    expect(await page.getAttribute(`${job('sample-points-gcj02.csv')}`, 'data-kind')).toBe('geometry')
    expect(await page.getAttribute('[data-testid="import-crs"]', 'data-crs')).toBe('GCJ02')
    expect(await page.textContent('[data-testid="import-read"]')).toBe('3')
    expect(await page.textContent('[data-testid="import-imported"]')).toBe('3')
    const rawFirst: [number, number] = [121.47899378, 30.91608259] // as written in the file (GCJ-02)
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 14 }), POINTS[0]!)
    expect(await idsNear(page, GCJ_LAYER, POINTS[0]!)).toHaveLength(1)
    expect(await idsNear(page, GCJ_LAYER, rawFirst)).toEqual([])

    await page.selectOption('[data-testid="import-crs-select"]', 'WGS84')
    await page.waitForSelector(`${job('sample-points-gcj02.csv')}[data-status="ready"] [data-crs="WGS84"]`)
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 14 }), POINTS[0]!)
    // A re-run replaces the preview: a new layer id.
    const rerunLayer = await importedLayerId(page, 'sample-points-gcj02.csv')
    expect(rerunLayer).not.toBe(GCJ_LAYER)
    expect(await idsNear(page, rerunLayer, rawFirst)).toHaveLength(1)

    await page.click('[data-testid="import-cancel"]')
    await waitForMapIdle(page)
    expect(await page.$(`[data-testid="layer-${rerunLayer}"]`)).toBeNull()
    await context.close()
  })

  it('folds the panels that lie over the map on a tablet when the import centre opens, so its preview shows', async () => {
    const { page, context } = await openPage(app, '', { viewport: { width: 768, height: 1024 } })
    await page.click('[data-testid="panel-toggle"]')
    await page.click('[data-testid="analysis-toggle"]')
    expect(await page.getAttribute('[data-testid="panel-toggle"]', 'aria-expanded')).toBe('true')
    await page.click('[data-testid="import-open"]')
    expect(await page.getAttribute('[data-testid="panel-toggle"]', 'aria-expanded')).toBe('false')
    expect(await page.getAttribute('[data-testid="analysis-toggle"]', 'aria-expanded')).toBe('false')
    await context.close()
  })

  it('names a malformed file and leaves the loaded layers alone', async () => {
    const { page, context } = await openPage(app)
    await pickFile(page, 'broken-survey.geojson', Buffer.from('{"type":"FeatureCollection","features":['))
    await page.waitForSelector('[data-testid="import-error"]')
    const chinese = (await page.textContent('[data-testid="import-error"]'))!
    expect(chinese).toContain('「broken-survey.geojson」')
    // In the planner's language only: the English part follows the language switch.
    expect(chinese).not.toMatch(/the file|damaged|format/i)
    await page.click('[data-testid="locale-switch"]')
    const english = (await page.textContent('[data-testid="import-error"]'))!
    expect(english).toContain('"broken-survey.geojson":')
    expect(english).not.toMatch(/[\u3400-\u9fff]/)
    expect(await page.textContent('[data-testid="layer-count-sections"]')).toContain('45')
    await context.close()
  })

  it('merges a messy monitoring table: skipped rows listed, classes changed, kept after a reload', async () => {
    const { page, context } = await openPage(app, '?m=2020-06&mode=month')
    await page.waitForFunction(() => window.__shuitian!.map.getFeatureState({ source: 'sections', id: 'FX04' }).waterClass !== undefined)
    expect(await sectionClass(page, 'FX04')).toBe(5)
    expect(await sectionClass(page, 'FX03')).toBe(2)
    await pickFile(page, 'messy-gbk.csv', readFileSync(`${fixtures}monitoring/messy-gbk.csv`))
    await page.waitForSelector(`${job('messy-gbk.csv')}[data-status="ready"]`)
    expect(await page.getAttribute(job('messy-gbk.csv'), 'data-kind')).toBe('monitoring')
    expect(await page.textContent('[data-testid="import-monitoring-summary"]')).toContain('读取 11 行，导入 6 行，跳过 5 行')
    const skippedRows = await page.$$eval('[data-testid="import-monitoring-skipped"] tbody tr', (rows) => rows.map((row) => row.getAttribute('data-row')))
    expect(skippedRows).toEqual(['7', '8', '9', '13', '14'])
    expect(await page.textContent('[data-testid="import-unknown-columns"]')).toContain('采样人')

    await page.click('[data-testid="import-merge"]')
    await page.waitForSelector('[data-testid="import-merged"]')
    expect(await sectionClass(page, 'FX04')).toBe(4)
    expect(await sectionClass(page, 'FX03')).toBe(3)
    // A section the table does not mention keeps its loaded class.
    const untouched = await sectionClass(page, 'FX10')
    expect(untouched).toBeGreaterThan(0)

    await page.reload()
    await waitForMapReady(page)
    await page.waitForFunction(() => window.__shuitian!.map.getFeatureState({ source: 'sections', id: 'FX04' }).waterClass === 4)
    expect(await sectionClass(page, 'FX03')).toBe(3)
    expect(await sectionClass(page, 'FX10')).toBe(untouched)
    await context.close()
  })
})

describe('imported layers in the analysis', () => {
  it('counts an imported layer in the statistics, by the layer the planner picks', async () => {
    const { page, context } = await openPage(app)
    await pickFile(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="ready"]`)
    await page.click(`${job('sample-places.geojson')} [data-testid="import-confirm"]`)
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="committed"]`)
    const PLACES_LAYER = await importedLayerId(page, 'sample-places.geojson')
    await page.click('[data-testid="import-close"]')
    await page.click('[data-testid="analysis-toggle"]')
    await page.selectOption('[data-testid="statistics-layer"]', PLACES_LAYER)
    const total = await page.textContent('[data-testid="statistics-table"] tfoot')
    expect(total).toContain('4')
    await context.close()
  })
})
