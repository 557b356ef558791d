/**
 * Issues #14 §3 and #15 §2 in the built app: parsing runs in a module worker. While a 50 MB GeoJSON of
 * 200,000 points loads, is committed, and is restored after a reload, the longest main-thread task stays
 * under 200 ms, progress shows bytes then features, and the import can be stopped; a worker that dies refuses only its file and the next import
 * gets a fresh one; the worst file of each hostile class (scripts/hostile/generators.ts) is refused or
 * imported in one page, which then still imports a good file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { describeTasks, loadFactor, longTaskLimit, watchLongTasks } from './support/long-tasks.ts'
import { openPage, startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { importJob as job, pickFile, pickPath } from './support/import-centre.ts'
import { hostileCases } from '../../scripts/hostile/generators.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
/*
 * The 200,000-point test: issue #15 asks for no main-thread task over 200 ms while the file loads (here:
 * from the pick until the map has drawn the preview and is idle; the bound is in support/long-tasks.ts). Measured with a sampling profile (docs/import-limits.md): parsing on
 * the page was one 10.4 s task before the worker; with the worker, a 0.6–0.86 s task was left because
 * MapLibre's worker posted the whole parsed collection back to the page after reading the import's blob
 * URL (and had the page fetch and parse that URL for it). Imported layers now reach MapLibre's worker
 * through a protocol answered inside that worker (src/map/import-source): the longest tasks left are
 * MapLibre's upload of the 200,000 circles to the GPU in one frame (bufferData; 74–400 ms at loads of
 * 4.5–10 on 2 cores, usually 100–170 ms), which MapLibre does not split, and the page receiving the
 * feature slices with their garbage collection (up to ≈ 240 ms at a load of 6). Longest task in eight runs
 * at loads of 4.5–7.7: 57–241 ms, once 528 ms. The bound is the 200 ms, scaled by the load per
 * core on a shared machine (every task stretches with the run queue). Without the protocol this test
 * failed (597 ms at a load of 5.6, 759 ms at 4.7); above a load of about 6 the scaled bound would let
 * that task through.
 */

/**
 * A pan issued while the worker parses, and again while MapLibre's worker takes the points in, is drawn
 * within this bound (scaled likewise). It is not a frame-rate check: with software WebGL, Chromium's GPU
 * process needs up to 0.6 s to draw 200,000 circles, while the page's thread stays free (measured 9–592 ms).
 */
const PAN_BOUND_MS = 1_000
let app: TestApp
let folder: string

/** 200,000 points with a few properties: about 50 MB, generated here (not committed). */
function bigGeoJson(): string {
  const path = join(folder, 'points-200000.geojson')
  const parts: string[] = []
  for (let index = 0; index < 200_000; index += 1) {
    const x = (121.3 + (index % 1000) * 0.0004).toFixed(6)
    const y = (30.8 + Math.floor(index / 1000) * 0.001).toFixed(6)
    const note = `监测点位 ${index} 号，奉贤区生态环境局样例数据，用于测试大文件导入`
    parts.push(`{"type":"Feature","properties":{"id":${index},"name":"点位${index}","note":"${note}","value":${(index % 97) / 10}},"geometry":{"type":"Point","coordinates":[${x},${y}]}}`)
  }
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}`)
  return path
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shuitian-worker-'))
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
  rmSync(folder, { recursive: true, force: true })
})

/**
 * Pans the map by 80 px and resolves to the milliseconds until it has drawn the moved view, or -1 when the
 * view did not move: while a file loads, the map must keep answering the planner.
 */
async function panAndDraw(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__shuitian!.map
        const before = map.getCenter().lng
        const from = performance.now()
        map.once('render', () => resolve(map.getCenter().lng === before ? -1 : performance.now() - from))
        map.panBy([80, 0], { duration: 0 })
      }),
  )
}

/** Bytes of the GeoJSON text saved for a layer in IndexedDB (0 when it is not saved, or saved as objects). */
async function savedLayerText(page: Page, layerId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open('shuitian')
        opening.onerror = () => resolve(0)
        opening.onsuccess = () => {
          const database = opening.result
          const reading = database.transaction('imported-layers', 'readonly').objectStore('imported-layers').get(id)
          reading.onerror = () => resolve(0)
          reading.onsuccess = () => {
            const value = reading.result as { text?: unknown } | undefined
            database.close()
            resolve(value?.text instanceof Blob ? value.text.size : 0)
          }
        }
      }),
    layerId,
  )
}

async function layerCount(page: Page): Promise<number> {
  return page.$$eval('[data-testid^="layer-count-"]', (items) => items.length)
}

describe('the import worker', () => {
  it('keeps the main thread free while 200,000 points load, are committed and are restored after a reload; shows progress, and can be stopped', async () => {
    const path = bigGeoJson()
    const size = readFileSync(path).length
    expect(size).toBeGreaterThan(40 * 1024 * 1024)
    expect(size).toBeLessThan(50 * 1024 * 1024)
    const { page, context, consoleErrors } = await openPage(app)
    const layersBefore = await layerCount(page)

    // Stopped at once: the job leaves, nothing is added.
    await pickPath(page, path)
    await page.click(`${job('points-200000.geojson')} [data-testid="import-stop"]`)
    await page.waitForSelector(job('points-200000.geojson'), { state: 'detached' })
    expect(await layerCount(page)).toBe(layersBefore)

    // Loaded in full, with the long tasks of the page recorded from the pick to the preview.
    const longTasks = await watchLongTasks(page)
    const phases = new Set<string>()
    // The map pans and draws while the worker parses, and again while MapLibre's worker takes the points in.
    const pans: number[] = []
    await pickPath(page, path)
    const started = Date.now()
    while (Date.now() - started < 240_000) {
      const status = await page.getAttribute(job('points-200000.geojson'), 'data-status')
      if (status !== 'reading') break
      const phase = await page.getAttribute(`${job('points-200000.geojson')} [data-testid="import-progress"]`, 'data-phase', { timeout: 1_000 }).catch(() => null)
      if (phase === 'features' && !phases.has(phase)) pans.push(await panAndDraw(page))
      if (phase) phases.add(phase)
      await page.waitForTimeout(50)
    }
    await page.waitForSelector(`${job('points-200000.geojson')}[data-status="ready"]`, { timeout: 10_000 })
    const loadMs = Date.now() - started
    pans.push(await panAndDraw(page))
    await page.evaluate(() => window.__shuitian!.whenIdle())
    expect(await page.textContent(`${job('points-200000.geojson')} [data-testid="import-imported"]`)).toBe('200000')
    const tasks = await longTasks()
    const longest = Math.max(0, ...tasks.map((task) => task.duration))
    const listed = describeTasks(tasks)
    const limit = longTaskLimit()
    console.info(`200,000 points: ready after ${loadMs} ms; long tasks ${listed}; longest ${longest.toFixed(0)} ms (limit here ${limit.toFixed(0)} ms, load ${loadavg()[0]?.toFixed(1)}); phases seen: ${[...phases].join(', ')}; pans drawn after ${pans.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    expect(phases.has('features') || phases.has('bytes')).toBe(true)
    expect(longest).toBeLessThan(limit)
    expect(pans.length).toBeGreaterThan(0)
    for (const ms of pans) expect(ms).toBeGreaterThanOrEqual(0)
    for (const ms of pans) expect(ms).toBeLessThan(PAN_BOUND_MS * loadFactor())

    // Committed: saved as the import's text, a Blob that IndexedDB keeps as it is. Saving the 200,000
    // feature objects (and drawing them again in their new colour) was a 2.2 s task, then a 0.7–1.2 s one.
    const layerId = await page.getAttribute(job('points-200000.geojson'), 'data-layer')
    const commitTasks = await watchLongTasks(page)
    await page.click(`${job('points-200000.geojson')} [data-testid="import-confirm"]`)
    await page.waitForSelector(`${job('points-200000.geojson')}[data-status="committed"]`, { timeout: 30_000 })
    await expect.poll(() => savedLayerText(page, layerId!), { timeout: 60_000 }).toBeGreaterThan(40 * 1024 * 1024)
    await page.evaluate(() => window.__shuitian!.whenIdle())
    const committing = await commitTasks()
    console.info(`200,000 points committed: long tasks ${describeTasks(committing)}`)
    expect(Math.max(0, ...committing.map((task) => task.duration))).toBeLessThan(longTaskLimit())

    // Restored after a reload: the text goes to MapLibre as it is and is read back in a worker.
    await page.reload()
    await waitForMapReady(page)
    const restoreTasks = await watchLongTasks(page)
    await page.waitForSelector(`[data-testid="layer-count-${layerId}"]`, { timeout: 120_000 })
    expect(await page.textContent(`[data-testid="layer-count-${layerId}"]`)).toContain('200000')
    await page.evaluate(() => window.__shuitian!.whenIdle())
    const restoring = await restoreTasks()
    console.info(`200,000 points restored: long tasks ${describeTasks(restoring)}`)
    expect(Math.max(0, ...restoring.map((task) => task.duration))).toBeLessThan(longTaskLimit())
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 600_000)

  it('refuses the file of a worker that dies, and gives the next import a fresh worker', async () => {
    // No service worker: it would answer the worker script from its cache, past the route below.
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    // The worker script fails to load: the same event as a worker that crashed.
    await page.route(/import\.worker-[^/]*\.js$/, (route) => route.abort())
    await pickFile(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="failed"]`, { timeout: 30_000 })
    expect(await page.textContent(`${job('sample-places.geojson')} [data-testid="import-error"]`)).toContain('sample-places.geojson')
    await page.click(`${job('sample-places.geojson')} [data-testid="import-error-dismiss"]`)
    await page.unroute(/import\.worker-[^/]*\.js$/)
    await pickFile(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="ready"]`, { timeout: 60_000 })
    expect(await page.getAttribute('[data-testid="map"]', 'data-state')).toBe('ready')
    await context.close()
  }, 300_000)

  it('settles the worst file of each hostile class in one page, then imports a good file', async () => {
    const { page, context, consoleErrors, offOriginRequests } = await openPage(app)
    const outcomes: string[] = []
    for (const entry of hostileCases) {
      const started = Date.now()
      const path = join(folder, entry.file)
      writeFileSync(path, entry.bytes())
      await pickPath(page, path)
      const settled = await page.waitForSelector(`${job(entry.file)}:is([data-status="ready"], [data-status="failed"])`, { timeout: 120_000 })
      const status = await settled.getAttribute('data-status')
      outcomes.push(`${entry.file}: ${status} in ${Date.now() - started} ms`)
      expect(status, entry.file).toBe(entry.expect === 'refused' ? 'failed' : 'ready')
      if (status === 'failed') expect(await page.textContent(`${job(entry.file)} [data-testid="import-error"]`)).toContain(entry.file)
      await page.click(`${job(entry.file)} [data-testid="${status === 'failed' ? 'import-error-dismiss' : 'import-cancel'}"]`)
      await page.waitForSelector(job(entry.file), { state: 'detached' })
    }
    console.info(outcomes.join('\n'))
    await pickFile(page, 'sample-places.geojson', readFileSync(`${fixtures}import/sample-places.geojson`))
    await page.waitForSelector(`${job('sample-places.geojson')}[data-status="ready"]`, { timeout: 60_000 })
    expect(await page.getAttribute('[data-testid="map"]', 'data-state')).toBe('ready')
    expect(consoleErrors.filter((message) => !/Failed to load resource/.test(message))).toEqual([])
    expect(offOriginRequests).toEqual([])
    await context.close()
  }, 900_000)
})
