/**
 * Issue #14 §6: a link says what it could not apply. Unknown rivers, towns, layers and features are named
 * in the planner's language and ignored (never an empty filter), and a link selecting a feature of an
 * imported layer waits for the stored layers before it applies the selection.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { importAndCommit } from './support/import-centre.ts'
import { renderedIds } from './support/map-probe.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const SECTION_LAYERS = ['sections-circle']
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('a link naming what does not exist', () => {
  it('names the unknown river and town, in Chinese and English, and keeps every section drawn', async () => {
    const { page, context } = await openPage(app, `?riv=A&town=Atlantis&m=2019-06`)
    await page.waitForSelector('[data-testid="link-notice"]')
    expect(await page.textContent('[data-testid="link-notice-items"]')).toBe('河道「A」、街镇「Atlantis」')
    // Ignored, not applied as a filter that keeps nothing.
    await page.waitForFunction((layers) => window.__shuitian!.renderedFeatureIds(layers).length === 45, SECTION_LAYERS)
    expect((await renderedIds(page, SECTION_LAYERS)).length).toBe(45)
    await expect.poll(() => new URL(page.url()).searchParams.get('riv')).toBeNull()
    await page.click('[data-testid="link-notice-dismiss"]')
    expect(await page.$('[data-testid="link-notice"]')).toBeNull()
    await context.close()

    const english = await openPage(app, `?lang=en&town=Atlantis&sel=sections:NOPE`)
    await english.page.waitForSelector('[data-testid="link-notice"]')
    expect(await english.page.textContent('[data-testid="link-notice-items"]')).toBe('town “Atlantis”, feature “NOPE”')
    expect(await english.page.$('[data-testid="feature-card"]')).toBeNull()
    await english.context.close()
  })

  it('keeps a known river of the same link, and opens the selected section', async () => {
    const river = encodeURIComponent('浦南运河')
    const { page, context } = await openPage(app, `?riv=${river},Nowhere&sel=sections:FX04`)
    await page.waitForSelector('[data-testid="link-notice"]')
    expect(await page.textContent('[data-testid="link-notice-items"]')).toBe('河道「Nowhere」')
    // The address is rewritten 250 ms after the change (use-url-state): wait for it.
    await expect.poll(() => new URL(page.url()).searchParams.get('riv')).toBe('浦南运河')
    await page.waitForSelector('[data-testid="feature-card"]')
    await context.close()
  })
})

describe('a link to a feature of an imported layer', () => {
  it('opened in a new tab, waits for the stored layer and selects the feature', async () => {
    const { page, context } = await openPage(app)
    const layerId = await importAndCommit(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    // MapLibre reads the imported layer from the worker's blob URL in its own worker: wait until it has.
    await page.waitForFunction((id) => window.__shuitian!.map.querySourceFeatures(id).length > 0, layerId)
    const featureId = await page.evaluate((id) => String(window.__shuitian!.map.querySourceFeatures(id)[0]?.properties?.id ?? ''), layerId)
    expect(featureId).not.toBe('')
    const tab = await context.newPage()
    await tab.goto(`${app.baseUrl}?l=sections,${encodeURIComponent(layerId)}&sel=${encodeURIComponent(layerId)}:${encodeURIComponent(featureId)}`)
    await waitForMapReady(tab)
    await tab.waitForSelector('[data-testid="feature-card"]')
    expect(await tab.textContent('[data-testid="feature-card-name"]')).toContain('样例点位')
    expect(await tab.$('[data-testid="link-notice"]')).toBeNull()
    await context.close()
  })
})

describe('the app opened without a link', () => {
  it('answers every request it makes: no 404 for the optional catalogue on a plain static server', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    expect(failed).toEqual([])
    expect(await page.getAttribute('[data-testid="layer-sections"]', 'data-status')).toBe('ready')
    await context.close()
  })
})
