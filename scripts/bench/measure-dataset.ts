/**
 * Measures one dataset in the built app: first idle, slider steps, filter changes, JS heap, and the naive
 * setData baseline in the same page. Steps and filter changes are clicks on the app's own controls.
 */
import type { FeatureCollection } from 'geojson'
import type { Page } from 'playwright-core'
import { waitForMapReady, type TestApp } from '../../tests/browser/support/browser.ts'
import { BENCH_PROBES, FIRST_IDLE_PROBE } from './page-probes.ts'
import { summarise, type TimingSummary } from './statistics.ts'

/** Samples thrown away before timing (first-use compilation of shaders and code paths). */
export const WARMUP = 2
/** ≥ 30 slider steps and ≥ 20 filter changes (issue #7 item 6 brief); fewer when the series is shorter. */
const STEP_COUNT = 32
export const stepCountFor = (monthCount: number) => Math.min(STEP_COUNT, monthCount - 1 - WARMUP)
const FILTER_CLASSES = [6, 5, 4, 3, 2, 1]
const FILTER_ROUNDS = 2
/** The classes toggled, in order: two warm-up toggles, then each class on and off, twice. */
export const FILTER_TOGGLES = [6, 6, ...Array.from({ length: FILTER_ROUNDS }, () => FILTER_CLASSES.flatMap((value) => [value, value])).flat()]

export interface DatasetInput {
  /** Text served instead of the shipped files (null: the shipped file). */
  sectionsText: string | null
  csvText: string | null
  sections: FeatureCollection
  /** Class of every section (feature order) at each month of the series, 0 = no sample. */
  classesAtMonth: (monthIndex: number) => number[]
  /** Label the clock shows on the first month, e.g. '2011年1月'. */
  firstLabel: string
  monthCount: number
  colours: string[]
  /** Skip the setFilter and setData comparisons (the 100,000-section run, where each takes seconds). */
  skipAlternatives?: boolean
  /** More routes before the page opens (the city case: catalogue.json and its PMTiles archive). */
  prepare?: (page: Page) => Promise<void>
  /** Camera for the steps and filters, set after the first idle (the city case: all of Shanghai). */
  camera?: { center: [number, number]; zoom: number }
}

export interface DatasetResult {
  sections: number
  firstIdleMs: number
  step: TimingSummary
  /** Share of `step` spent in the app's synchronous JS (Vue stores, watchers, DOM patch) before the map works. */
  stepScript: TimingSummary
  filter: TimingSummary
  filterScript: TimingSummary
  /** The same filter changes done with one setFilter on the sections layer (the alternative path). */
  filterBySetFilter: TimingSummary
  heapMB: number
  heapCdpMB: number
  /** ArrayBuffer backing stores (typed arrays) outside the V8 heap, from the same reading. */
  heapBackingMB: number
  baselineSetData: TimingSummary
  ratio: number
  firstMonth: string
  /** CSS size of the map canvas (the bare page draws the same). */
  mapSize: { width: number; height: number }
  /** Every sample after warm-up, for pooling runs (left out of the printed JSON). */
  raw: { step: number[]; stepScript: number[]; filter: number[]; filterScript: number[]; styleText: string }
}

async function serveInstead(page: Page, pattern: string, body: string | null, contentType: string) {
  if (body === null) return
  await page.route(pattern, (route) => route.fulfill({ status: 200, contentType, body }))
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export async function measureDataset(app: TestApp, input: DatasetInput): Promise<DatasetResult> {
  // Service workers are blocked so that page.route sees every request (a worker's fetches bypass it); the
  // app's CSP (script-src 'self') is bypassed only because Playwright evaluates the probes' text in the page.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', bypassCSP: true })
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => process.stderr.write(`page error: ${String(error)}\n`))
    await serveInstead(page, '**/geodata/layers/sections.geojson', input.sectionsText, 'application/geo+json')
    await serveInstead(page, '**/geodata/water/monthly.csv', input.csvText, 'text/csv; charset=utf-8')
    await input.prepare?.(page)
    await page.addInitScript(FIRST_IDLE_PROBE)
    await page.goto(app.baseUrl)
    await waitForMapReady(page, 300_000)
    await page.waitForFunction('window.__benchFirstIdle !== undefined', undefined, { timeout: 300_000, polling: 200 })
    const firstIdleMs = (await page.evaluate('window.__benchFirstIdle')) as number
    if (firstIdleMs < 0) throw new Error('the map reported an error')
    await page.evaluate(BENCH_PROBES)
    if (input.camera) {
      await page.evaluate(`window.__shuitian.map.jumpTo(${JSON.stringify(input.camera)})`)
      await page.evaluate('window.__shuitian.whenIdle()')
    }

    await page.evaluate('window.__bench.goFirst()')
    const firstMonth = (await page.evaluate('window.__bench.label()')) as string
    if (firstMonth !== input.firstLabel) throw new Error(`clock-first shows ${firstMonth}, expected ${input.firstLabel}`)
    await page.evaluate('window.__bench.takeScriptTimes()')
    const stepCount = stepCountFor(input.monthCount)
    const stepTimes = (await page.evaluate(`window.__bench.steps(${WARMUP + stepCount})`)) as number[]
    const stepScriptTimes = (await page.evaluate('window.__bench.takeScriptTimes()')) as number[]

    await page.click('[data-testid="tab-sections"]')
    // The filter panel is a lazy chunk: under load it is drawn after the click returns.
    await page.waitForSelector('[data-testid="filter-classes-6"]', { timeout: 60_000 })
    const toggles = FILTER_TOGGLES
    const testIds = toggles.map((value) => `filter-classes-${value}`)
    // The filter panel is an async component: under load it may not be drawn yet when the tab shows.
    await page.waitForSelector(`[data-testid="${testIds[0]}"]`, { timeout: 120_000 })
    const filterTimes = (await page.evaluate(`window.__bench.filters(${JSON.stringify(testIds)})`)) as number[]
    const filterScriptTimes = (await page.evaluate('window.__bench.takeScriptTimes()')) as number[]

    // The map the app draws (basemap, every layer and its visibility, the sections' source), for the
    // "same map" reference page (bare-page.ts).
    const styleText = (await page.evaluate('JSON.stringify(window.__shuitian.map.getStyle())')) as string
    const mapSize = (await page.evaluate(`(() => { const box = document.querySelector('[data-testid="map"]').getBoundingClientRect(); return { width: Math.round(box.width), height: Math.round(box.height) } })()`)) as { width: number; height: number }
    const none: TimingSummary = { medianMs: Number.NaN, p95Ms: Number.NaN, samples: 0 }
    let filterBySetFilter = none
    let baselineSetData = none
    if (!input.skipAlternatives) {
      // The alternative path, on the same month and the same sequence of class toggles: one setFilter.
      // The toggles come in on/off pairs, so the filter is normally empty again; clear it if not.
      await page.evaluate(`(() => { const clear = document.querySelector('[data-testid="filter-clear"]'); if (clear && !clear.disabled) clear.click() })()`)
      const monthClasses = input.classesAtMonth(WARMUP + stepCount)
      const ids = input.sections.features.map((feature) => String(feature.properties?.id))
      const kept = new Set<number>()
      const idLists = toggles.map((value) => {
        if (kept.has(value)) kept.delete(value)
        else kept.add(value)
        return kept.size === 0 ? null : ids.filter((_, index) => kept.has(monthClasses[index]!))
      })
      const setFilterTimes = (await page.evaluate(`window.__bench.setFilterVariant(${JSON.stringify(idLists)})`)) as number[]
      await page.evaluate('window.__bench.takeScriptTimes()')
      filterBySetFilter = summarise(setFilterTimes.slice(WARMUP))
    }

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number }
    const usedJsHeap = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : NaN')) as number

    if (!input.skipAlternatives) {
      // Baseline: the same months the steps went through, starting from the first month.
      const classesByStep = Array.from({ length: 1 + WARMUP + stepCount }, (_, index) => input.classesAtMonth(index))
      const baselineCollection = { type: 'FeatureCollection', features: input.sections.features.map((feature) => ({ ...feature, properties: { ...feature.properties } })) }
      await page.evaluate(`window.__benchInput = ${JSON.stringify({ collection: baselineCollection, classesByStep, colours: input.colours })}`)
      const baselineTimes = (await page.evaluate('window.__bench.baseline()')) as number[]
      baselineSetData = summarise(baselineTimes.slice(WARMUP))
    }

    const step = summarise(stepTimes.slice(WARMUP))
    return {
      sections: input.sections.features.length,
      firstMonth,
      firstIdleMs: round(firstIdleMs, 0),
      step,
      stepScript: summarise(stepScriptTimes.slice(WARMUP)),
      filter: summarise(filterTimes.slice(WARMUP)),
      filterScript: summarise(filterScriptTimes.slice(WARMUP)),
      filterBySetFilter,
      heapMB: round(usedJsHeap / 2 ** 20),
      heapCdpMB: round(usage.usedSize / 2 ** 20),
      heapBackingMB: round((usage.backingStorageSize ?? Number.NaN) / 2 ** 20),
      baselineSetData,
      ratio: round(baselineSetData.medianMs / step.medianMs, 2),
      mapSize,
      raw: {
        step: stepTimes.slice(WARMUP),
        stepScript: stepScriptTimes.slice(WARMUP),
        filter: filterTimes.slice(WARMUP),
        filterScript: filterScriptTimes.slice(WARMUP),
        styleText,
      },
    }
  } finally {
    await context.close()
  }
}
