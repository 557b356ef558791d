/**
 * The bare MapLibre page of issue 15 §4: the same sections and months as the app's run, drawn by one
 * circle layer coloured by feature-state, with the classes precomputed in Node — nothing else (no
 * basemap, no Vue, no stores, no panels). It is the floor the app is compared with: each app figure is
 * reported as a ratio to this page's, measured in the same browser run, interleaved with the app's runs.
 *
 * The page is served by the same preview server's origin through page.route (`/__bench/…`): MapLibre's
 * own ESM build and worker from node_modules, the sections' GeoJSON, their ids and a month × section
 * class table. A step writes the next month's class (feature-state `waterClass`) of the sections whose
 * class changed; a filter change writes `hidden` for the sections whose visibility changed, as the app
 * does (src/map/use-clock-sync.ts). Timings are taken exactly like the app's (same probe code: action,
 * synchronous share to the next microtask, then the map's next `idle`, 50 ms pause between samples).
 *
 * Given `style` (the app's own style as `map.getStyle()` returned it after its first idle: basemap, every
 * layer with its paint and visibility, the sections' source), the same page draws that map instead of one
 * circle layer — the "same map" reference: what MapLibre alone needs to redraw the map the app shows, so
 * the app's own cost is app ÷ same map, and the cost of the richer map is same map ÷ bare.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection } from 'geojson'
import type { Page } from 'playwright-core'
import type { TestApp } from '../../tests/browser/support/browser.ts'
import { summarise, type TimingSummary } from './statistics.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

export interface BareInput {
  sectionsText: string
  sections: FeatureCollection
  /** Class of every section (feature order) at each month, 0 = no sample. */
  classesAtMonth: (monthIndex: number) => number[]
  monthCount: number
  colours: string[]
  /** CSS size of the app's map canvas, so that both draw the same number of pixels. */
  mapSize: { width: number; height: number }
  center: [number, number]
  zoom: number
  /** Same protocol as the app's run. */
  warmup: number
  stepCount: number
  /** Class toggles in order (each toggles one class in or out of the kept set). */
  filterToggles: number[]
  /** The app's style (JSON text) to draw instead of the one circle layer; its sections source must be `sections`. */
  styleText?: string
  /** Map option the app sets (CJK glyphs drawn by the browser's font, not fetched). */
  localIdeographFontFamily?: string
}

export interface BareResult {
  firstIdleMs: number
  step: TimingSummary
  stepScript: TimingSummary
  filter: TimingSummary
  filterScript: TimingSummary
  heapMB: number
  heapCdpMB: number
  /** ArrayBuffer backing stores (typed arrays) outside the V8 heap, from the same reading. */
  heapBackingMB: number
}

function barePageHtml(input: BareInput): string {
  const colourMatch = JSON.stringify(['match', ['feature-state', 'waterClass'], ...input.colours.flatMap((colour, index) => [index + 1, colour]), '#9e9e9e'])
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>bare</title>
<link rel="stylesheet" href="/__bench/maplibre-gl.css">
<style>html, body { margin: 0; height: 100%; } #map { position: absolute; left: 0; top: 0; width: ${input.mapSize.width}px; height: ${input.mapSize.height}px; }</style>
</head><body><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from '/__bench/maplibre-gl.mjs'
setWorkerUrl('/__bench/maplibre-gl-worker.mjs')
const sectionCount = ${input.sections.features.length}
const [ids, classes] = await Promise.all([
  fetch('/__bench/ids.json').then((response) => response.json()),
  fetch('/__bench/classes.bin').then((response) => response.arrayBuffer()).then((buffer) => new Uint8Array(buffer)),
])
const sameMap = ${input.styleText ? "await fetch('/__bench/style.json').then((response) => response.json())" : 'null'}
const map = new Map({
  container: 'map',
  center: ${JSON.stringify(input.center)},
  zoom: ${input.zoom},
  attributionControl: false,
  localIdeographFontFamily: ${input.localIdeographFontFamily === undefined ? 'undefined' : JSON.stringify(input.localIdeographFontFamily)},
  style: sameMap ?? {
    version: 8,
    sources: { sections: { type: 'geojson', data: '/__bench/sections.geojson', promoteId: 'id' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f3' } },
      { id: 'sections-circle', type: 'circle', source: 'sections', paint: {
        'circle-color': ${colourMatch},
        'circle-radius': ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 5],
        'circle-stroke-width': 1, 'circle-stroke-color': '#ffffff' } },
    ],
  },
})
const writtenClass = new Uint8Array(sectionCount)
const writtenHidden = new Uint8Array(sectionCount)
const kept = new Set()
let month = 0
// Writes the state of the sections whose class or visibility changed, and only the changed field.
const write = () => {
  const offset = month * sectionCount
  for (let section = 0; section < sectionCount; section++) {
    const waterClass = classes[offset + section]
    const hidden = kept.size > 0 && !kept.has(waterClass) ? 1 : 0
    if (waterClass === writtenClass[section] && hidden === writtenHidden[section]) continue
    const state = {}
    if (waterClass !== writtenClass[section]) state.waterClass = waterClass
    if (hidden !== writtenHidden[section]) state.hidden = hidden === 1
    writtenClass[section] = waterClass
    writtenHidden[section] = hidden
    map.setFeatureState({ source: 'sections', id: ids[section] }, state)
  }
}
const whenIdle = () => new Promise((resolve) => {
  map.once('idle', () => resolve())
  if (map.loaded() && !map.isMoving()) map.triggerRepaint()
})
map.on('load', () => {
  write()
  whenIdle().then(() => { window.__benchFirstIdle = performance.now() })
})
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const scriptTimes = []
const timed = async (action) => {
  await pause(50)
  const start = performance.now()
  action()
  await Promise.resolve()
  scriptTimes.push(performance.now() - start)
  await whenIdle()
  return performance.now() - start
}
window.__bench = {
  takeScriptTimes: () => scriptTimes.splice(0, scriptTimes.length),
  drawn: () => map.queryRenderedFeatures(undefined, { layers: ['sections-circle'] }).filter((feature) => !feature.state?.hidden).length,
  async steps(count) {
    const times = []
    for (let index = 0; index < count; index++) times.push(await timed(() => { month += 1; write() }))
    return times
  },
  async filters(toggles) {
    const times = []
    for (const value of toggles) times.push(await timed(() => { if (kept.has(value)) kept.delete(value); else kept.add(value); write() }))
    return times
  },
}
</script></body></html>`
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export async function measureBare(app: TestApp, input: BareInput): Promise<BareResult> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  try {
    const page: Page = await context.newPage()
    page.on('pageerror', (error) => process.stderr.write(`bare page error: ${String(error)}\n`))
    const ids = input.sections.features.map((feature) => String(feature.properties?.id))
    const sectionCount = ids.length
    const classes = new Uint8Array(input.monthCount * sectionCount)
    for (let month = 0; month < input.monthCount; month++) classes.set(input.classesAtMonth(month), month * sectionCount)
    const files: Record<string, { body: string | Buffer; contentType: string }> = {
      'bare.html': { body: barePageHtml(input), contentType: 'text/html; charset=utf-8' },
      'maplibre-gl.mjs': { body: readFileSync(`${root}node_modules/maplibre-gl/dist/maplibre-gl.mjs`), contentType: 'text/javascript' },
      'maplibre-gl-worker.mjs': { body: readFileSync(`${root}node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs`), contentType: 'text/javascript' },
      'maplibre-gl.css': { body: readFileSync(`${root}node_modules/maplibre-gl/dist/maplibre-gl.css`), contentType: 'text/css' },
      'sections.geojson': { body: input.sectionsText, contentType: 'application/geo+json' },
      'ids.json': { body: JSON.stringify(ids), contentType: 'application/json' },
      'classes.bin': { body: Buffer.from(classes.buffer), contentType: 'application/octet-stream' },
      ...(input.styleText ? { 'style.json': { body: input.styleText, contentType: 'application/json' } } : {}),
    }
    await page.route('**/__bench/**', (route) => {
      const name = new URL(route.request().url()).pathname.replace(/^.*\/__bench\//, '')
      const file = files[name]
      return file ? route.fulfill({ status: 200, contentType: file.contentType, body: file.body }) : route.fulfill({ status: 404, body: '' })
    })
    await page.goto(`${app.baseUrl}__bench/bare.html`)
    await page.waitForFunction('window.__benchFirstIdle !== undefined', undefined, { timeout: 300_000, polling: 200 })
    const firstIdleMs = (await page.evaluate('window.__benchFirstIdle')) as number
    const drawn = (await page.evaluate('window.__bench.drawn()')) as number
    if (drawn === 0) throw new Error('the bare page draws no section')

    const stepTimes = (await page.evaluate(`window.__bench.steps(${input.warmup + input.stepCount})`)) as number[]
    const stepScriptTimes = (await page.evaluate('window.__bench.takeScriptTimes()')) as number[]
    const filterTimes = (await page.evaluate(`window.__bench.filters(${JSON.stringify(input.filterToggles)})`)) as number[]
    const filterScriptTimes = (await page.evaluate('window.__bench.takeScriptTimes()')) as number[]

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number }
    const usedJsHeap = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : NaN')) as number
    return {
      firstIdleMs: round(firstIdleMs, 0),
      step: summarise(stepTimes.slice(input.warmup)),
      stepScript: summarise(stepScriptTimes.slice(input.warmup)),
      filter: summarise(filterTimes.slice(input.warmup)),
      filterScript: summarise(filterScriptTimes.slice(input.warmup)),
      heapMB: round(usedJsHeap / 2 ** 20),
      heapCdpMB: round(usage.usedSize / 2 ** 20),
      heapBackingMB: round((usage.backingStorageSize ?? Number.NaN) / 2 ** 20),
    }
  } finally {
    await context.close()
  }
}
