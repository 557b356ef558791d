/**
 * Issue #8 §4 with a real quota: Chromium's quota for the app's origin is lowered through the DevTools
 * protocol (Storage.overrideQuotaForOrigin), so IndexedDB itself refuses the write. The planner must be
 * told which layer or draft was not saved, and what was saved before must come back after a reload.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { importAndCommit } from './support/import-centre.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const SMALL_LAYER = 'imported-sample-places-1'
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** A valid GeoJSON of ~4 MB: 4,000 points with a long note each, far more than the quota left. */
function bigLayer(): Buffer {
  const features = Array.from({ length: 4000 }, (_, index) => ({
    type: 'Feature',
    properties: { id: `big-${index}`, name: `调查点 ${index}`, note: '土壤样品记录 '.repeat(60) + String(index) },
    geometry: { type: 'Point', coordinates: [121.35 + (index % 80) * 0.004, 30.85 + Math.floor(index / 80) * 0.002] },
  }))
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }))
}

/** Chromium's quota for the app's origin, lowered to `quotaBytes` (the DevTools override is only taken
 * into account when set before the page first reaches the origin). */
async function openWithQuota(quotaBytes: number): Promise<{ context: BrowserContext; page: Page }> {
  // The service worker's precache (3 MB) would count against the lowered quota too; this test is
  // about IndexedDB, so the worker is kept out of it.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  await page.goto('about:blank')
  await session.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.baseUrl).origin, quotaSize: quotaBytes })
  await page.goto(app.baseUrl)
  await waitForMapReady(page)
  return { context, page }
}

/** Fills what is left of the quota with another database, as other sites' or apps' data would. */
async function fillStorage(page: Page): Promise<void> {
  const outcome = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('storage-filler', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('chunks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    // Random bytes: Chromium compresses what it stores, so repeated text would never fill anything.
    for (let chunk = 0; chunk < 200; chunk++) {
      const bytes = crypto.getRandomValues(new Uint8Array(64 * 1024))
      const written = await new Promise<string>((resolve) => {
        const transaction = db.transaction('chunks', 'readwrite')
        transaction.objectStore('chunks').put(bytes, chunk)
        transaction.oncomplete = () => resolve('ok')
        transaction.onabort = () => resolve(transaction.error?.name ?? 'abort')
      })
      if (written !== 'ok') return written
    }
    return 'never full'
  })
  expect(outcome).toBe('QuotaExceededError')
}

describe('a full browser storage', () => {
  it('names the layer that could not be saved and keeps the one saved before, across a reload', async () => {
    // 1 MB: the small layer fits, the 4 MB survey does not.
    const { context, page } = await openWithQuota(1024 * 1024)
    await importAndCommit(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))

    await importAndCommit(page, 'big-survey.geojson', bigLayer())
    const messages = await page.waitForSelector('[data-testid="import-storage-messages"]', { timeout: 30_000 })
    const text = (await messages.textContent()) ?? ''
    expect(text).toContain('存储空间已满')
    expect(text).toContain('big-survey')
    expect(text).toContain('之前保存的内容仍然保留')
    // The layer that did not fit is still on the map for this session: nothing loaded is lost.
    expect(await page.$('[data-testid="layer-imported-big-survey-1"]')).not.toBeNull()

    await page.reload()
    await waitForMapReady(page)
    await page.waitForSelector(`[data-testid="layer-${SMALL_LAYER}"]`)
    expect(await page.$('[data-testid="layer-imported-big-survey-1"]')).toBeNull()
    await context.close()
  })

  it('tells the tour author that the latest change was not saved, and restores the last saved draft', async () => {
    const { context, page } = await openWithQuota(1024 * 1024)
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.click('[data-testid="tour-new"]')
    await page.click('[data-testid="tour-add-stop"]')
    await page.waitForSelector('[data-testid="tour-draft-status"][data-state="saved"]')

    await fillStorage(page)
    for (let stop = 0; stop < 3; stop += 1) await page.click('[data-testid="tour-add-stop"]')
    await page.waitForSelector('[data-testid="tour-draft-status"][data-state="failed"]', { timeout: 30_000 })
    expect(await page.textContent('[data-testid="tour-storage-problem"]')).toContain('浏览器存储已满')

    await page.reload()
    await waitForMapReady(page)
    if (!(await page.isVisible('[data-testid="tour-panel"]'))) await page.click('[data-testid="tour-panel-toggle"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tour-stop-item"]').length > 0)
    expect(await page.locator('[data-testid="tour-stop-item"]').count()).toBe(1)
    await context.close()
  })
})
