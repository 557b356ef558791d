/**
 * Optional online basemaps (issue #2 item 2; the policy side of issue #8 item 2). The default build offers
 * none and allows no other origin; a build with VITE_ONLINE_BASEMAPS offers them, widens its policy by
 * exactly their tile servers, shows the chosen one under the app's layers and falls back to the offline
 * district map when its tiles cannot be fetched. The tile servers are stood in for by the test
 * (context.route); the browser cannot resolve any other host anyway (CHROMIUM_ARGS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import type { BrowserContext, Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, type TestApp } from './support/browser.ts'
import { countColourPixels } from './support/map-probe.ts'
import { solidPng } from './support/png.ts'
import { seriousViolations } from './support/axe.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const ONLINE_DIST = `${root}tests/browser/artifacts/dist-online`
const TOKEN = '0123456789abcdef0123456789abcdef'
/** Colours no layer of the app uses, so that their pixels can only be the stand-in tiles. */
const IMAGERY = '#7b2ff7'
const OSM = '#f7a72f'
const BUREAU = '#2ff7c8'
/** The deployment's own tile server of the online build (VITE_CUSTOM_BASEMAP_*). */
const CUSTOM = { url: 'https://gis.bureau.example/tiles/{z}/{x}/{y}.png', name: '区政务网底图', attribution: '<b>测绘院</b>' }
const BUILD_ENV = {
  VITE_ONLINE_BASEMAPS: 'tianditu-imagery,tianditu-vector,osm',
  VITE_CUSTOM_BASEMAP_URL: CUSTOM.url,
  VITE_CUSTOM_BASEMAP_NAME: CUSTOM.name,
  VITE_CUSTOM_BASEMAP_ATTRIBUTION: CUSTOM.attribution,
}

let offlineApp: TestApp
let onlineApp: TestApp

beforeAll(async () => {
  // Vite reads VITE_* settings from the environment; they are set for this build only.
  const previous = Object.fromEntries(Object.keys(BUILD_ENV).map((name) => [name, process.env[name]]))
  Object.assign(process.env, BUILD_ENV)
  try {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'silent', build: { outDir: ONLINE_DIST, emptyOutDir: true } })
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  offlineApp = await startApp()
  onlineApp = await startApp({ outDir: ONLINE_DIST })
})
afterAll(async () => {
  await offlineApp?.close()
  await onlineApp?.close()
})

interface TileLog {
  urls: string[]
}

/**
 * Answers the tile servers with one-colour tiles (the 天地图 annotation transparent), refuses them all, or
 * refuses only the annotation (place names).
 */
async function standInTileServers(context: BrowserContext, mode: 'serve' | 'refuse' | 'no-names'): Promise<TileLog> {
  const log: TileLog = { urls: [] }
  const picture = solidPng(IMAGERY)
  const annotation = solidPng('#000000', 0)
  const osm = solidPng(OSM)
  const bureau = solidPng(BUREAU)
  await context.route(/^https:\/\/(t[0-7]\.tianditu\.gov\.cn|tile\.openstreetmap\.org|gis\.bureau\.example)\//, async (route) => {
    const url = route.request().url()
    log.urls.push(url)
    if (mode === 'refuse' || (mode === 'no-names' && url.includes('LAYER=cia'))) return route.abort('internetdisconnected')
    const body = url.includes('openstreetmap') ? osm : url.includes('bureau.example') ? bureau : url.includes('LAYER=cia') ? annotation : picture
    return route.fulfill({ status: 200, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' }, body })
  })
  return log
}

async function policyOf(page: Page): Promise<Record<string, string>> {
  const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? ''
  return Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]))
}

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = found
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
}

/** Types the stand-in 天地图 key into the picker and uses it. */
async function useKey(page: Page): Promise<void> {
  await page.fill('[data-testid="basemap-token-input"]', TOKEN)
  await page.click('[data-testid="basemap-token-use"]')
}

const visibility = (page: Page, layerId: string) =>
  page.evaluate((id) => window.__shuitian!.map.getLayoutProperty(id, 'visibility') ?? 'visible', layerId)

describe('online basemaps', () => {
  it('are not offered by the default build, whose policy allows only its own origin', async () => {
    const { page, context, offOriginRequests } = await openPage(offlineApp)
    expect(await page.locator('[data-testid="basemap-picker"]').count()).toBe(0)
    const policy = await policyOf(page)
    expect(policy['connect-src']).toBe("'self' blob:")
    expect(policy['img-src']).toBe("'self' data: blob:")
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('widen the policy of a build that offers them by exactly their tile servers', async () => {
    const { page, context, offOriginRequests } = await openPage(onlineApp)
    const policy = await policyOf(page)
    const servers = [...'01234567'].map((server) => `https://t${server}.tianditu.gov.cn`).concat('https://tile.openstreetmap.org', 'https://gis.bureau.example')
    for (const directive of ['connect-src', 'img-src']) {
      const allowed = policy[directive]!.split(' ').filter((source) => source.startsWith('https://'))
      expect(allowed.sort()).toEqual(servers.sort())
    }
    expect(policy['script-src']).toBe("'self'")
    // Offered, but off until the user picks one: the first visit stays on the app's own origin.
    await expect.poll(() => page.locator('[data-testid="basemap-offline"]').isChecked()).toBe(true)
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('show 天地图 imagery under the layers once a key is given, and remember both after a reload', async () => {
    const { page, context } = await openPage(onlineApp, '', { waitForReady: false })
    const violations = await watchViolations(page)
    const tiles = await standInTileServers(context, 'serve')
    await page.reload()
    await page.waitForSelector('[data-testid="map"][data-state="ready"]')
    expect((await countColourPixels(page, [IMAGERY]))[0]).toBe(0)

    await page.check('[data-testid="basemap-tianditu-imagery"]')
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('offline')
    expect(await page.textContent('[data-testid="basemap-status"]')).toContain('请先填写天地图密钥')
    expect(tiles.urls).toEqual([])
    await page.fill('[data-testid="basemap-token-input"]', 'not-a-key')
    await expect.poll(() => page.locator('[data-testid="basemap-token-format"]').count()).toBe(1)
    await page.fill('[data-testid="basemap-token-input"]', TOKEN)
    expect(await page.locator('[data-testid="basemap-token-format"]').count()).toBe(0)
    // The picker with its key form open passes the same automated check as the rest of the app.
    expect(await seriousViolations(page)).toEqual([])
    await page.click('[data-testid="basemap-token-use"]')

    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    await waitForMapIdle(page)
    const [imageryPixels] = await countColourPixels(page, [IMAGERY])
    expect(imageryPixels).toBeGreaterThan(100_000)
    expect(tiles.urls.some((url) => url.includes('/img_w/wmts?') && url.includes('LAYER=img') && url.endsWith(`tk=${TOKEN}`))).toBe(true)
    expect(tiles.urls.some((url) => url.includes('/cia_w/wmts?'))).toBe(true)
    // The online map names places and draws rivers itself; the app's layers stay on top of it.
    expect(await visibility(page, 'town-labels')).toBe('none')
    expect(await visibility(page, 'rivers-fill')).toBe('none')
    const order = await page.evaluate(() => window.__shuitian!.map.getStyle().layers.map((layer) => layer.id))
    expect(order.indexOf('online-basemap-picture')).toBeLessThan(order.indexOf('online-basemap-annotation'))
    expect(order.indexOf('online-basemap-annotation')).toBeLessThan(order.indexOf('sections-circle'))
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('天地图')

    await page.reload()
    await page.waitForSelector('[data-testid="map"][data-state="ready"]')
    expect(await page.locator('[data-testid="basemap-tianditu-imagery"]').isChecked()).toBe(true)
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')

    await page.check('[data-testid="basemap-offline"]')
    await waitForMapIdle(page)
    expect((await countColourPixels(page, [IMAGERY]))[0]).toBe(0)
    expect(await visibility(page, 'town-labels')).toBe('visible')
    expect(await violations()).toEqual([])
    await context.close()
  })

  it('keep the picture when only its place names cannot be fetched', async () => {
    const { page, context } = await openPage(onlineApp)
    const tiles = await standInTileServers(context, 'no-names')
    await page.check('[data-testid="basemap-tianditu-imagery"]')
    await useKey(page)
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    await waitForMapIdle(page)
    expect(tiles.urls.filter((url) => url.includes('LAYER=cia')).length).toBeGreaterThanOrEqual(3)
    expect(await page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    expect((await countColourPixels(page, [IMAGERY]))[0]).toBeGreaterThan(100_000)
    await context.close()
  })

  it('show OpenStreetMap without a key', async () => {
    const { page, context } = await openPage(onlineApp)
    const tiles = await standInTileServers(context, 'serve')
    await page.check('[data-testid="basemap-osm"]')
    expect(await page.locator('[data-testid="basemap-token"]').count()).toBe(0)
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    expect((await countColourPixels(page, [OSM]))[0]).toBeGreaterThan(100_000)
    expect(tiles.urls.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true)
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('OpenStreetMap')
    await context.close()
  })

  it("show the bureau's own tile server under its name, its attribution as text", async () => {
    const { page, context } = await openPage(onlineApp)
    const tiles = await standInTileServers(context, 'serve')
    expect(await page.textContent('[data-testid="basemap-picker"]')).toContain(CUSTOM.name)
    await page.check('[data-testid="basemap-custom"]')
    expect(await page.locator('[data-testid="basemap-token"]').count()).toBe(0)
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    expect((await countColourPixels(page, [BUREAU]))[0]).toBeGreaterThan(100_000)
    expect(tiles.urls.length).toBeGreaterThan(0)
    expect(tiles.urls.every((url) => /^https:\/\/gis\.bureau\.example\/tiles\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true)
    // The setting's markup is shown as text, never as an element.
    expect(await page.textContent('.maplibregl-ctrl-attrib-inner')).toContain(CUSTOM.attribution)
    expect(await page.locator('.maplibregl-ctrl-attrib-inner b').count()).toBe(0)
    await context.close()
  })

  it('fall back to the offline district map, and say so, when the tile server cannot be reached', async () => {
    const { page, context } = await openPage(onlineApp)
    const tiles = await standInTileServers(context, 'refuse')
    await page.check('[data-testid="basemap-tianditu-vector"]')
    await useKey(page)
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('failed')
    expect(await page.textContent('[data-testid="basemap-status"]')).toContain('天地图矢量无法加载')
    await page.click('[data-testid="locale-switch"]')
    expect(await page.textContent('[data-testid="basemap-status"]')).toContain('Tianditu map could not be loaded (no network or an invalid key)')
    await page.click('[data-testid="locale-switch"]')
    expect(tiles.urls.length).toBeGreaterThanOrEqual(3)
    expect(await page.locator('[data-testid="basemap-offline"]').isChecked()).toBe(true)
    expect(await visibility(page, 'town-labels')).toBe('visible')
    expect(await page.evaluate(() => Boolean(window.__shuitian!.map.getLayer('online-basemap-picture')))).toBe(false)
    // The map itself is untouched: still ready, its layers still drawn.
    expect(await page.getAttribute('[data-testid="map"]', 'data-state')).toBe('ready')

    // The fallback lasts for this visit: with the network back, the next visit shows the chosen basemap.
    await context.unrouteAll()
    await standInTileServers(context, 'serve')
    await page.reload()
    await page.waitForSelector('[data-testid="map"][data-state="ready"]')
    await expect.poll(() => page.getAttribute('[data-testid="basemap-status"]', 'data-state')).toBe('shown')
    expect(await page.locator('[data-testid="basemap-tianditu-vector"]').isChecked()).toBe(true)
    await context.close()
  })
})
