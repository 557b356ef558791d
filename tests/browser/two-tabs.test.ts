/**
 * Issue #14 §5: two tabs of the app importing at once both keep their layers, and each open tab learns of
 * the layers saved by the other. Two pages of one browser context share IndexedDB and BroadcastChannel,
 * as two tabs of one browser profile do.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { importJob, importedLayerId, pickFile } from './support/import-centre.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const places = readFileSync(`${fixtures}import/sample-places.geojson`)

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

async function layerItems(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid^="layer-imported-"][data-status]', (items) => items.map((item) => item.getAttribute('data-testid')!.replace(/^layer-/, '')))
}

describe('two tabs importing at once', () => {
  it('keep both layers, show each other\'s, and still have both after a reload', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const river = await context.newPage()
    const lake = await context.newPage()
    await Promise.all([river.goto(app.baseUrl), lake.goto(app.baseUrl)])
    await Promise.all([waitForMapReady(river), waitForMapReady(lake)])

    // Chinese file names: the old per-tab counter named both 'imported-layer-1', and the later save won.
    await pickFile(river, '河道.geojson', places)
    await pickFile(lake, '湖泊.geojson', places)
    await river.waitForSelector(`${importJob('河道.geojson')}[data-status="ready"]`)
    await lake.waitForSelector(`${importJob('湖泊.geojson')}[data-status="ready"]`)
    const riverLayer = await importedLayerId(river, '河道.geojson')
    const lakeLayer = await importedLayerId(lake, '湖泊.geojson')
    expect(riverLayer).not.toBe(lakeLayer)
    await Promise.all([
      river.click(`${importJob('河道.geojson')} [data-testid="import-confirm"]`),
      lake.click(`${importJob('湖泊.geojson')} [data-testid="import-confirm"]`),
    ])
    await river.waitForSelector(`${importJob('河道.geojson')}[data-status="committed"]`)
    await lake.waitForSelector(`${importJob('湖泊.geojson')}[data-status="committed"]`)

    // Each open tab learns of the other's layer without a reload.
    await river.waitForSelector(`[data-testid="layer-${lakeLayer}"][data-status="ready"]`, { timeout: 15_000 })
    await lake.waitForSelector(`[data-testid="layer-${riverLayer}"][data-status="ready"]`, { timeout: 15_000 })
    expect((await layerItems(river)).sort()).toEqual([riverLayer, lakeLayer].sort())

    // Nothing was overwritten in storage: a fresh tab restores both.
    const fresh = await context.newPage()
    await fresh.goto(app.baseUrl)
    await waitForMapReady(fresh)
    await fresh.waitForSelector(`[data-testid="layer-${lakeLayer}"]`)
    expect((await layerItems(fresh)).sort()).toEqual([riverLayer, lakeLayer].sort())
    expect(await fresh.textContent(`[data-testid="layer-${riverLayer}"]`)).toContain('河道')
    expect(await fresh.textContent(`[data-testid="layer-${lakeLayer}"]`)).toContain('湖泊')

    // A layer removed in one tab leaves the other.
    if (!(await river.isVisible('[data-testid="import-centre"]'))) await river.click('[data-testid="import-open"]')
    river.on('dialog', (dialog) => void dialog.accept())
    await river.click(`[data-testid="imported-layer"][data-layer="${lakeLayer}"] [data-testid="imported-layer-remove"]`)
    await fresh.waitForSelector(`[data-testid="layer-${lakeLayer}"]`, { state: 'detached', timeout: 15_000 })
    await context.close()
  })
})
