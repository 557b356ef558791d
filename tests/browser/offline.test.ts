/**
 * Issue #8 item 1: after one visit the installed app opens with the network off — code, MapLibre worker,
 * basemap, the four layers and the monitoring data all come from the service worker's precache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'

const LAYERS = ['sections', 'remediation-plots', 'soil-parcels', 'greenways']
const distFolder = fileURLToPath(new URL('../../dist/', import.meta.url))
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('installable offline app', () => {
  it('declares an installable manifest: name, zh-CN, theme colour, 192 and 512 px icons', () => {
    const manifest = JSON.parse(readFileSync(`${distFolder}manifest.webmanifest`, 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({ name: '水天一色 · 生态环境一张图', short_name: '水天一色', lang: 'zh-CN', theme_color: '#0d4f7a' })
    const sizes = (manifest.icons as { sizes: string; src: string }[]).map((icon) => icon.sizes)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(readFileSync(`${distFolder}index.html`, 'utf8')).toContain('rel="manifest"')
  })

  it('precaches every geodata file and the MapLibre worker', () => {
    const worker = readFileSync(`${distFolder}sw.js`, 'utf8')
    for (const file of ['geodata/water/monthly.csv', 'geodata/basemap/land.geojson', 'geodata/tours/index.json', ...LAYERS.map((id) => `geodata/layers/${id}.geojson`)]) {
      expect(worker, file).toContain(`"${file}"`)
    }
    expect(worker).toMatch(/assets\/maplibre-gl-worker-[\w-]+\.mjs/)
  })

  it.each([
    ['an office PC', { viewport: { width: 1280, height: 800 } }],
    ['a tablet', { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }],
  ])('opens with the network off after one visit on %s: map ready, four layers, monitoring months, the tour', async (_device, device) => {
    const context = await app.browser.newContext(device)
    const page = await context.newPage()
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    // Installed and activated (the whole precache is stored before activation) …
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active?.state))
    // … and controlling: a service worker controls the pages loaded after its activation.
    await page.reload()
    await waitForMapReady(page)
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await context.setOffline(true)
    const failedRequests: string[] = []
    page.on('requestfailed', (request) => failedRequests.push(request.url()))
    await page.reload()
    await waitForMapReady(page)
    for (const id of LAYERS) {
      expect(await page.getAttribute(`[data-testid="layer-${id}"]`, 'data-status'), id).toBe('ready')
    }
    expect(await page.textContent('[data-testid="layer-count-sections"]')).toContain('45')
    expect(await page.textContent('[data-testid="clock-label"]')).toMatch(/^\d{4}年\d{1,2}月$/)
    // A deep link (the view in the query) opens offline too: every navigation falls back to index.html.
    await page.goto(`${app.baseUrl}?m=2019-03`)
    await waitForMapReady(page)
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2019年3月')
    // Only optional files that the build does not contain may fail (geodata/catalogue.json ships, empty).
    // The inspection tour, as presented in the field.
    await page.goto(`${app.baseUrl}?m=2019-01&tour=2019-inspection&stop=2`)
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="2"][data-state="ready"]', { timeout: 60_000 })
    const failedBuildFiles = failedRequests.filter((url) => existsSync(`${distFolder}${new URL(url).pathname.slice(1)}`))
    expect(failedBuildFiles).toEqual([])
    await context.close()
  })

  it('waits for the user before applying a new version, then reloads into it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope))
    await page.reload()
    await waitForMapReady(page)
    const controllerChanges = () => page.evaluate(() => (window as unknown as { __controllerChanges?: number }).__controllerChanges ?? 0)
    await page.evaluate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        const counter = window as unknown as { __controllerChanges?: number }
        counter.__controllerChanges = (counter.__controllerChanges ?? 0) + 1
      })
    })
    // A new deployment: the server now answers a different sw.js (as a rebuild with changed files would).
    const workerFile = `${distFolder}sw.js`
    const deployedWorker = readFileSync(workerFile, 'utf8')
    writeFileSync(workerFile, `${deployedWorker}\n// a later build\n`)
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()))
      await page.waitForSelector('[data-testid="update-prompt"]', { timeout: 30_000 })
      expect(await page.textContent('[data-testid="update-prompt"]')).toContain('新版本可用')
      // Not applied behind the user's back: the old worker still controls the page.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting !== null))).toBe(true)
      await page.waitForTimeout(1000)
      expect(await controllerChanges()).toBe(0)

      await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-reload"]')])
      await waitForMapReady(page)
      expect(await page.$('[data-testid="update-prompt"]')).toBeNull()
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting ?? null))).toBeNull()
    } finally {
      // Put the build back as it was, for the other tests.
      writeFileSync(workerFile, deployedWorker)
    }
    await context.close()
  })

  it('really is offline in the test: without the service worker the page does not load', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' })
    await context.setOffline(true)
    const page = await context.newPage()
    await expect(page.goto(app.baseUrl)).rejects.toThrow()
    await context.close()
  })
})
