/**
 * Issue #17 §2 and §3: layers and the monitoring series read from a real PostGIS + MapServer 8 stack
 * (scripts/stack), not a stand-in. The
 * stack is reached through the app's own origin (`/shuitian/…` forwarded by page.route with the
 * X-Forwarded-Host a reverse proxy sends), as in a deployment: the app's CSP allows only 'self'.
 * Runs when STACK=1 (.ci/run sets it after scripts/stack/install.sh); otherwise the suite is skipped.
 */
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { Feature, FeatureCollection } from 'geojson'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { readLayerFile } from './support/map-probe.ts'
import { expectedClasses } from './support/water-truth.ts'
import { pageChunksHolding } from './support/page-chunks.ts'
import { startStack, type Stack } from '../../scripts/stack/stack.ts'

const wanted = process.env.STACK === '1'

let app: TestApp
let stack: Stack
beforeAll(async () => {
  if (!wanted) return
  stack = await startStack()
  app = await startApp()
}, 180_000)
afterAll(async () => {
  await app?.close()
  await stack?.stop()
})

/** A loopback port nothing listens on: the server is down. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 9
}

interface CatalogueLayer {
  id: string
  name: { zh: string; en: string }
  geometry?: string
  service: Record<string, unknown>
}

/**
 * Opens the app with `layers` (and `monitoring`, when given) as geodata/catalogue.json; `/shuitian/…` goes
 * to the stack, `/down/…` to a closed port.
 */
async function openWithCatalogue(
  layers: CatalogueLayer[],
  options: { monitoring?: Record<string, unknown>; query?: string } = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[]; scripts: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const requests: string[] = []
  /** Every script fetched, by the page or by its workers. */
  const scripts: string[] = []
  const down = await closedPort()
  await page.route('**/geodata/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ layers, ...(options.monitoring ? { monitoring: options.monitoring } : {}) }) }))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/geodata/water/monthly.csv')) requests.push(url.pathname)
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname)
  })
  const forward = (target: (url: URL) => string) => async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    const url = new URL(route.request().url())
    requests.push(url.pathname + url.search)
    try {
      const response = await route.fetch({ url: target(url), headers: { ...route.request().headers(), 'x-forwarded-host': url.host }, timeout: 60_000 })
      await route.fulfill({ response })
    } catch {
      await route.abort('connectionrefused')
    }
  }
  await page.route('**/shuitian/**', forward((url) => `${stack.origin}${url.pathname}${url.search}`))
  await page.route('**/down/**', forward((url) => `http://127.0.0.1:${down}${url.pathname.replace(/^\/down/, '')}${url.search}`))
  await page.goto(`${app.baseUrl}?c=121.58,30.89,10.5,0,0${options.query ?? ''}`)
  await waitForMapReady(page)
  return { context, page, requests, scripts }
}

async function settled(page: Page, id: string): Promise<string> {
  await page.waitForFunction((layerId) => {
    const status = document.querySelector(`[data-testid="layer-${layerId}"]`)?.getAttribute('data-status')
    return status === 'ready' || status === 'error'
  }, id, { timeout: 90_000 })
  return (await page.getAttribute(`[data-testid="layer-${id}"]`, 'data-status')) ?? ''
}

/** What the app handed to the map for a layer (its GeoJSON source). */
async function loadedFeatures(page: Page, id: string): Promise<Feature[]> {
  const data = await page.evaluate(async (sourceId) => {
    const source = window.__shuitian!.map.getSource(sourceId) as unknown as { getData(): Promise<unknown> } | undefined
    return source ? await source.getData() : null
  }, id)
  return (data as FeatureCollection | null)?.features ?? []
}

function flatCoordinates(value: unknown): number[] {
  return Array.isArray(value) ? value.flatMap(flatCoordinates) : typeof value === 'number' ? [value] : []
}

/**
 * Every feature of the file is there once, at the same place (stored in CGCS2000, served in WGS84: the
 * two frames differ by centimetres, which PROJ treats as a null transform), with the same properties.
 * `wfs`: MapServer's WFS GeoJSON writer (OGR) answers booleans as 0/1; nested values arrive as JSON text.
 */
function expectSameAsFile(loaded: Feature[], file: FeatureCollection, options: { wfs?: boolean } = {}) {
  const byId = new Map(loaded.map((feature) => [String(feature.properties?.id), feature]))
  expect([...byId.keys()].sort()).toEqual(file.features.map((feature) => String(feature.properties?.id)).sort())
  for (const expected of file.features) {
    const actual = byId.get(String(expected.properties?.id))!
    expect(actual.geometry?.type, String(expected.properties?.id)).toBe(expected.geometry?.type)
    const want = flatCoordinates((expected.geometry as { coordinates: unknown }).coordinates)
    const got = flatCoordinates((actual.geometry as { coordinates: unknown }).coordinates)
    expect(got.length).toBe(want.length)
    got.forEach((value, index) => expect(Math.abs(value - want[index]!)).toBeLessThan(1e-6))
    for (const [key, value] of Object.entries(expected.properties ?? {})) {
      const received = actual.properties?.[key]
      // Nested values: OGC API answers them as JSON text, the WFS GeoJSON writer as JSON.
      if (value !== null && typeof value === 'object') expect(typeof received === 'string' ? JSON.parse(received) : received, key).toEqual(value)
      else if (typeof value === 'boolean' && options.wfs) expect(received, key).toBe(value ? 1 : 0)
      else expect(received, `${expected.properties?.id}.${key}`).toStrictEqual(value)
    }
    // A column this feature has no value in (a greenway area's length) comes back empty, never invented.
    for (const [key, value] of Object.entries(actual.properties ?? {})) {
      if (!(key in (expected.properties ?? {}))) expect(value === '' || value === null, `${expected.properties?.id}.${key}`).toBe(true)
    }
  }
}

const FILES = {
  sections: 'sections',
  plots: 'remediation-plots',
  parcels: 'soil-parcels',
} as const

/** The shipped greenways file, one collection per geometry kind (a MapServer layer has one TYPE). */
function greenwaysOf(kind: 'LineString' | 'Polygon' | 'Point'): FeatureCollection {
  const file = readLayerFile('greenways')
  return { ...file, features: file.features.filter((feature) => feature.geometry?.type === kind) }
}

const COLLECTIONS: { name: string; file: () => FeatureCollection }[] = [
  ...Object.entries(FILES).map(([name, file]) => ({ name, file: () => readLayerFile(file) })),
  { name: 'greenways', file: () => greenwaysOf('LineString') },
  { name: 'greenway-areas', file: () => greenwaysOf('Polygon') },
  { name: 'greenway-sites', file: () => greenwaysOf('Point') },
]

describe.skipIf(!wanted)('layers from a real PostGIS + MapServer stack', () => {
  it('reads the four layers from OGC API – Features, where and as the files have them', async () => {
    const layers = COLLECTIONS.map(({ name }) => ({
      id: `ogc-${name}`,
      name: { zh: `数据库${name}`, en: `Database ${name}` },
      service: { kind: 'ogc-features', url: `shuitian/ogcapi/collections/${name}` },
    }))
    const { context, page } = await openWithCatalogue(layers)
    for (const { name, file } of COLLECTIONS) {
      expect(await settled(page, `ogc-${name}`), name).toBe('ready')
      const expected = file()
      expect(await page.textContent(`[data-testid="layer-count-ogc-${name}"]`)).toContain(String(expected.features.length))
      expectSameAsFile(await loadedFeatures(page, `ogc-${name}`), expected)
    }
    // Chinese text intact in what the panel shows too.
    expect(await page.textContent('[data-testid="layer-ogc-sections"]')).toContain('数据库sections')
    await context.close()
  })

  it('follows the OGC API `next` links past `limit`, and stops when the server repeats a page', async () => {
    // Debian 12's MapServer 8.0.0 ignores `offset` for a PostGIS layer (MapServer issue #6613, fixed by
    // PR #6617 in 8.0.1): every page is the first one. The app follows the server's own (root-relative)
    // next link, sees only features it has, stops and says so, and draws no duplicates.
    const { context, page, requests } = await openWithCatalogue([
      { id: 'paged', name: { zh: '分页断面', en: 'Paged sections' }, service: { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/sections', pageSize: 20 } },
    ])
    expect(await settled(page, 'paged')).toBe('ready')
    const pages = requests.filter((request) => request.startsWith('/shuitian/ogcapi/collections/sections/items'))
    expect(pages[0]).toContain('limit=20')
    expect(pages[1]).toContain('offset=20')
    const loaded = await loadedFeatures(page, 'paged')
    expect(new Set(loaded.map((feature) => feature.properties?.id)).size).toBe(loaded.length)
    if (loaded.length < 45) {
      expect(pages).toHaveLength(2)
      expect(await page.textContent('[data-testid="layer-paged"]')).toContain('重复返回已读取的要素')
    } else {
      // A MapServer with the fix: all 45 through three pages, the last without a next link.
      expect(pages).toHaveLength(3)
      expectSameAsFile(loaded, readLayerFile('sections'))
    }
    await context.close()
  })

  it('reads the same layers from WFS 2.0 GetFeature with startIndex paging', async () => {
    const layers = COLLECTIONS.map(({ name }) => ({
      id: `wfs-${name}`,
      name: { zh: `WFS ${name}`, en: `WFS ${name}` },
      service: { kind: 'wfs', url: 'shuitian/wfs', typeName: name, pageSize: 100 },
    }))
    const { context, page, requests } = await openWithCatalogue(layers)
    for (const { name, file } of COLLECTIONS) {
      expect(await settled(page, `wfs-${name}`), name).toBe('ready')
      const expected = file()
      expect(await page.textContent(`[data-testid="layer-count-wfs-${name}"]`)).toContain(String(expected.features.length))
      expectSameAsFile(await loadedFeatures(page, `wfs-${name}`), expected, { wfs: true })
    }
    const parcelPages = requests.filter((request) => request.includes('typeNames=parcels'))
    expect(parcelPages.map((request) => new URL(request, 'http://x').searchParams.get('startIndex'))).toEqual(['0', '100', '200', '300'])
    await context.close()
  })

  it('stops at maxFeatures and says so', async () => {
    const { context, page, requests } = await openWithCatalogue([
      { id: 'capped', name: { zh: '限量地块', en: 'Capped parcels' }, service: { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/parcels', maxFeatures: 120 } },
      { id: 'capped-wfs', name: { zh: '限量地块WFS', en: 'Capped parcels WFS' }, service: { kind: 'wfs', url: 'shuitian/wfs', typeName: 'parcels', pageSize: 50, maxFeatures: 120 } },
    ])
    for (const id of ['capped', 'capped-wfs']) {
      expect(await settled(page, id)).toBe('ready')
      expect(await page.textContent(`[data-testid="layer-count-${id}"]`)).toContain('120')
      expect(await loadedFeatures(page, id)).toHaveLength(120)
      expect(await page.textContent(`[data-testid="layer-${id}"]`)).toContain('只读取了前 120 个要素')
    }
    // Never more pages than the cap needs (309 parcels on the server), never a page larger than the cap.
    expect(requests.filter((request) => request.includes('/collections/parcels/items'))).toEqual([expect.stringContaining('limit=120')])
    expect(requests.filter((request) => request.includes('typeNames=parcels'))).toHaveLength(3)
    await context.close()
  })

  it('names the layer whose server is down and loads the others', async () => {
    const { context, page } = await openWithCatalogue([
      { id: 'live-sections', name: { zh: '在线断面', en: 'Live sections' }, service: { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/sections' } },
      { id: 'down-plots', name: { zh: '停机地块', en: 'Plots (server down)' }, service: { kind: 'ogc-features', url: 'down/shuitian/ogcapi/collections/plots' } },
      { id: 'down-wfs', name: { zh: '停机WFS', en: 'WFS (server down)' }, service: { kind: 'wfs', url: 'down/shuitian/wfs', typeName: 'parcels' } },
    ])
    expect(await settled(page, 'live-sections')).toBe('ready')
    expect(await page.textContent('[data-testid="layer-count-live-sections"]')).toContain('45')
    for (const [id, name] of [['down-plots', '停机地块'], ['down-wfs', '停机WFS']] as const) {
      expect(await settled(page, id)).toBe('error')
      expect(await page.textContent(`[data-testid="layer-${id}"]`)).toContain(name)
      expect(await page.textContent(`[data-testid="layer-error-${id}"]`)).toContain('down/shuitian')
    }
    expect(await page.getAttribute('[data-testid="layer-sections"]', 'data-status')).toBe('ready')
    await context.close()
  })
})

/**
 * The class the map was given for each section at the clock's month (feature-state, as the clock sets it),
 * once the first section shows `settled` (before the series arrives every section is "no data", 0).
 */
async function drawnClasses(page: Page, sectionIds: string[], settled: number | null): Promise<(number | null)[]> {
  await page.waitForFunction(
    ([id, value]) => window.__shuitian!.map.getFeatureState({ source: 'sections', id: id! }).waterClass === value,
    [sectionIds[0], settled] as const,
    { timeout: 30_000 },
  ).catch(() => {})
  return page.evaluate((ids) => ids.map((id) => (window.__shuitian!.map.getFeatureState({ source: 'sections', id }).waterClass as number | undefined) ?? null), sectionIds)
}

async function monitoringSource(page: Page): Promise<{ kind: string; text: string }> {
  await page.waitForSelector('[data-testid="monitoring-source"]:not([data-kind="loading"])', { timeout: 90_000 })
  return {
    kind: (await page.getAttribute('[data-testid="monitoring-source"]', 'data-kind')) ?? '',
    text: (await page.textContent('[data-testid="monitoring-source"]')) ?? '',
  }
}

/** Steps the clock to `month` with the keyboard from the month it shows (the slider has the focus). */
async function stepTo(page: Page, from: string, month: string) {
  const steps = (Number(month.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(month.slice(5)) - Number(from.slice(5))
  await page.focus('[data-testid="clock-slider"]')
  for (let step = 0; step < Math.abs(steps); step++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft')
  expect(await page.textContent('[data-testid="clock-label"]')).toBe(`${month.slice(0, 4)}年${Number(month.slice(5))}月`)
}

describe.skipIf(!wanted)('the monitoring series from the stack (issue #17 §3)', () => {
  const truth = expectedClasses()
  const sample = ['FX01', 'FX02', 'FX03', 'FX04', 'FX10', 'FX25', 'FX40']

  it('reads the series from the OGC API collection: the clock shows the CSV’s classes, the board its TP 0.20', async () => {
    const { context, page, requests, scripts } = await openWithCatalogue([], {
      monitoring: { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/monitoring' },
      query: '&m=2019-06',
    })
    const source = await monitoringSource(page)
    expect(source.kind).toBe('service')
    expect(source.text).toContain('读取 1620 行（1 页）')
    // Asked for the sections' extent only, in one page; the shipped table was never fetched.
    const pages = requests.filter((request) => request.startsWith('/shuitian/ogcapi/collections/monitoring/items'))
    expect(pages).toHaveLength(1)
    expect(new URL(pages[0]!, 'http://x').searchParams.get('bbox')).toMatch(/^121\.3\d+,30\.7\d+,121\.7\d+,31\.0\d+$/)
    expect(requests.filter((request) => request.endsWith('monthly.csv'))).toEqual([])
    // Read in the monitoring service worker (issue 15 §2): the page fetched none of the row readers.
    expect(scripts.some((path) => /\/assets\/service-series\.worker-[^/]*\.js$/.test(path))).toBe(true)
    const readers = pageChunksHolding('src/data/monitoring/service-rows.ts')
    expect(readers.length).toBeGreaterThan(0)
    expect(scripts.filter((path) => readers.some((chunk) => path.endsWith(chunk)))).toEqual([])
    let month = '2019-06'
    for (const next of ['2019-06', '2018-03', '2020-11']) {
      await stepTo(page, month, next)
      month = next
      expect(await drawnClasses(page, sample, truth.classOf('FX01', month)), month).toEqual(sample.map((id) => truth.classOf(id, month)))
    }
    // The board, on the report's window, from the service's rows.
    await page.click('[data-testid="analysis-toggle"]')
    await page.click('[data-testid="analysis-tab-assessment"]')
    await page.waitForSelector('[data-testid="board-means"] tr[data-indicator="TP"]', { timeout: 60_000 })
    await page.selectOption('[data-testid="board-group"]', 'assessed')
    await page.selectOption('[data-testid="board-period-kind"]', 'range')
    await page.selectOption('[data-testid="board-period-first"]', '2019-01')
    await page.selectOption('[data-testid="board-period-last"]', '2019-11')
    const mean = (code: string) => page.textContent(`[data-testid="board-means"] tr[data-indicator="${code}"] [data-role="mean"]`)
    expect((await mean('TP'))?.trim()).toBe('0.20')
    expect((await mean('NH3N'))?.trim()).toBe('0.82')
    await context.close()
  })

  it('reads only the months asked for from WFS, filtered on the server, page by page', async () => {
    const { context, page, requests } = await openWithCatalogue([], {
      monitoring: { kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitoring', from: '2019-01', to: '2019-12', pageSize: 200 },
    })
    const source = await monitoringSource(page)
    expect(source.kind).toBe('service')
    // 45 sections × 12 months = 540 rows: MapServer honoured the filter; 200 a page → 3 pages.
    expect(source.text).toContain('读取 540 行（3 页）')
    const pages = requests.filter((request) => request.includes('typeNames=monitoring'))
    expect(pages.map((request) => new URL(request, 'http://x').searchParams.get('startIndex'))).toEqual(['0', '200', '400'])
    expect(new URL(pages[0]!, 'http://x').searchParams.get('FILTER')).toContain('<Literal>2019-01</Literal>')
    // The clock spans the months read and opens on the last.
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2019年12月')
    expect(await drawnClasses(page, sample, truth.classOf('FX01', '2019-12'))).toEqual(sample.map((id) => truth.classOf(id, '2019-12')))
    await context.close()
  })

  it('names the service that fails — down, paging ignored, an unknown feature type — and shows the shipped series', async () => {
    const cases = [
      { monitoring: { kind: 'ogc-features', url: 'down/shuitian/ogcapi/collections/monitoring' }, words: '无法连接服务器' },
      // MapServer 8.0.0 ignores `offset` (#6613): the second page repeats the first. A part of the series
      // would show wrong classes as right, so none of it is used.
      { monitoring: { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/monitoring', pageSize: 500 }, words: '服务未按分页返回' },
      // A misspelt typeName: MapServer answers HTTP 400 with an exception report.
      { monitoring: { kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitorin' }, words: '服务器返回错误（HTTP 400）' },
    ]
    for (const { monitoring, words } of cases) {
      const { context, page, requests } = await openWithCatalogue([], { monitoring, query: '&m=2019-06' })
      const source = await monitoringSource(page)
      expect(source.kind, monitoring.url).toBe('fallback')
      expect(source.text).toContain(monitoring.url)
      expect(source.text).toContain(words)
      expect(source.text).toContain('现显示随应用提供的监测数据')
      // The notice is written when the service fails, before the shipped table is read: count its request
      // once the table's classes are drawn (counted at once, it raced the monitoring worker's fetch).
      expect(await drawnClasses(page, sample, truth.classOf('FX01', '2019-06'))).toEqual(sample.map((id) => truth.classOf(id, '2019-06')))
      expect(requests.filter((request) => request.endsWith('monthly.csv'))).toHaveLength(1)
      await context.close()
    }
  })
})
