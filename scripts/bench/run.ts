/**
 * `npm run bench` (issue #7 item 6, issue 15 §4): drives the BUILT app (dist/) in headless Chromium with
 * the shipped 45 sample sections, a generated 10,000 sections × 120 months and 100,000 sections × 12
 * months, and, in the same browser run and interleaved with the app's runs, a bare MapLibre page with the
 * same sections and months (scripts/bench/bare-page.ts). Each app figure is reported as a ratio to the
 * bare page's. Prints JSON (also written to bench-results/latest.json). Method and results:
 * docs/performance.md.
 *
 * BENCH_DATASETS=sample45,sections10000,sections100000 (default: all) and BENCH_ROUNDS (default 2: app,
 * bare, app, bare; the 100,000-section set always runs once) choose what runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection } from 'geojson'
import { startApp } from '../../tests/browser/support/browser.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildClassMatrixFromRecords, monthRange, WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'
import { FILTER_TOGGLES, measureDataset, stepCountFor, WARMUP, type DatasetInput, type DatasetResult } from './measure-dataset.ts'
import { measureBare, type BareResult } from './bare-page.ts'
import { summarise } from './statistics.ts'
import { makeSyntheticDataset } from './synthetic-data.ts'
import { DISTRICT_VIEW, LOCAL_FONT_FAMILY } from '@/config/map.ts'
import { CITY_VIEW, cityCase, type CityCase } from './city-tiles.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const COLOURS = [1, 2, 3, 4, 5, 6].map((waterClass) => WATER_CLASS_COLOURS[waterClass as 1])

/** The classes the app's engine gives each section (feature order) per month, to feed the baseline. */
function classesOf(sections: FeatureCollection, csv: string): { months: string[]; at: (monthIndex: number) => number[] } {
  const { records } = parseMonthlyCsv(csv)
  const ids = sections.features.map((feature) => String(feature.properties!.id))
  const sortedMonths = [...new Set(records.map((record) => record.month))].sort()
  const months = monthRange(sortedMonths[0]!, sortedMonths[sortedMonths.length - 1]!)
  const matrix = buildClassMatrixFromRecords(records, ids, months)
  return {
    months,
    at: (monthIndex) => ids.map((_, section) => matrix.classes[section * months.length + monthIndex]!),
  }
}

const chineseMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`

interface Dataset {
  input: DatasetInput
  sectionsText: string
  rounds: number
  /** Camera of the bare page (default: the app's district view). */
  camera?: { center: [number, number]; zoom: number }
}

function dataset(sections: FeatureCollection, csv: string, served: boolean, sectionsText: string, rounds: number): Dataset {
  const classes = classesOf(sections, csv)
  return {
    input: {
      sectionsText: served ? sectionsText : null,
      csvText: served ? csv : null,
      sections,
      classesAtMonth: classes.at,
      firstLabel: chineseMonth(classes.months[0]!),
      monthCount: classes.months.length,
      colours: COLOURS,
      skipAlternatives: sections.features.length > 20_000,
    },
    sectionsText,
    rounds,
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Medians of a reference page's runs (the bare page, or the same page drawing the app's style). */
function referenceOf(runs: readonly BareResult[]) {
  const of = (pick: (result: BareResult) => number) => median(runs.map(pick))
  return {
    firstIdleMs: of((result) => result.firstIdleMs),
    stepMedianMs: of((result) => result.step.medianMs),
    stepScriptMedianMs: of((result) => result.stepScript.medianMs),
    filterMedianMs: of((result) => result.filter.medianMs),
    filterScriptMedianMs: of((result) => result.filterScript.medianMs),
    heapMB: of((result) => result.heapMB),
    heapCdpMB: of((result) => result.heapCdpMB),
    heapBackingMB: of((result) => result.heapBackingMB),
  }
}
type Reference = ReturnType<typeof referenceOf>

/** App and bare runs of one dataset, interleaved (app, bare, app, bare …), pooled and compared. */
async function measureInterleaved(app: Awaited<ReturnType<typeof startApp>>, name: string, data: Dataset) {
  const appRuns: DatasetResult[] = []
  const bareRuns: BareResult[] = []
  const sameMapRuns: BareResult[] = []
  for (let run = 0; run < data.rounds; run++) {
    process.stderr.write(`${name}: app run ${run + 1}/${data.rounds}…\n`)
    const appRun = await measureDataset(app, data.input)
    appRuns.push(appRun)
    process.stderr.write(`  app: first idle ${appRun.firstIdleMs} ms, step ${appRun.step.medianMs} ms (script ${appRun.stepScript.medianMs}), filter ${appRun.filter.medianMs} ms (script ${appRun.filterScript.medianMs}), heap ${appRun.heapCdpMB} MB (+ ${appRun.heapBackingMB} MB array buffers)\n`)
    process.stderr.write(`${name}: bare page run ${run + 1}/${data.rounds}…\n`)
    const bareInput = {
      sectionsText: data.sectionsText,
      sections: data.input.sections,
      classesAtMonth: data.input.classesAtMonth,
      monthCount: data.input.monthCount,
      colours: COLOURS,
      mapSize: appRun.mapSize,
      center: data.camera?.center ?? DISTRICT_VIEW.center,
      zoom: data.camera?.zoom ?? DISTRICT_VIEW.zoom,
      warmup: WARMUP,
      stepCount: stepCountFor(data.input.monthCount),
      filterToggles: FILTER_TOGGLES,
    }
    const bareRun = await measureBare(app, bareInput)
    bareRuns.push(bareRun)
    process.stderr.write(`  bare: first idle ${bareRun.firstIdleMs} ms, step ${bareRun.step.medianMs} ms (script ${bareRun.stepScript.medianMs}), filter ${bareRun.filter.medianMs} ms (script ${bareRun.filterScript.medianMs}), heap ${bareRun.heapCdpMB} MB (+ ${bareRun.heapBackingMB} MB array buffers)\n`)
    // The same page drawing the app's own style: MapLibre alone redrawing the map the app shows.
    process.stderr.write(`${name}: same-map page run ${run + 1}/${data.rounds}…\n`)
    const sameMapRun = await measureBare(app, { ...bareInput, styleText: appRun.raw.styleText, localIdeographFontFamily: LOCAL_FONT_FAMILY })
    sameMapRuns.push(sameMapRun)
    process.stderr.write(`  same map: first idle ${sameMapRun.firstIdleMs} ms, step ${sameMapRun.step.medianMs} ms, filter ${sameMapRun.filter.medianMs} ms, heap ${sameMapRun.heapCdpMB} MB\n`)
  }
  const pooled = (pick: (result: DatasetResult) => number[]) => summarise(appRuns.flatMap(pick))
  const ours = {
    firstIdleMs: median(appRuns.map((result) => result.firstIdleMs)),
    step: pooled((result) => result.raw.step),
    stepScript: pooled((result) => result.raw.stepScript),
    filter: pooled((result) => result.raw.filter),
    filterScript: pooled((result) => result.raw.filterScript),
    heapMB: median(appRuns.map((result) => result.heapMB)),
    heapCdpMB: median(appRuns.map((result) => result.heapCdpMB)),
    heapBackingMB: median(appRuns.map((result) => result.heapBackingMB)),
  }
  const bare = referenceOf(bareRuns)
  const sameMap = referenceOf(sameMapRuns)
  const ratiosTo = (reference: Reference) => ({
    step: round2(ours.step.medianMs / reference.stepMedianMs),
    filter: round2(ours.filter.medianMs / reference.filterMedianMs),
    firstIdle: round2(ours.firstIdleMs / reference.firstIdleMs),
    heap: round2(ours.heapCdpMB / reference.heapCdpMB),
    stepScript: round2(ours.stepScript.medianMs / reference.stepScriptMedianMs),
    filterScript: round2(ours.filterScript.medianMs / reference.filterScriptMedianMs),
  })
  return {
    sections: data.input.sections.features.length,
    months: data.input.monthCount,
    rounds: data.rounds,
    app: ours,
    bare,
    /** App ÷ bare page (issue 15 §4 targets at 10,000 sections: step, filter ≤ 1.3; first idle, heap ≤ 2). */
    ratioToBare: ratiosTo(bare),
    sameMap,
    /** App ÷ the same page drawing the app's style: what the app costs beyond MapLibre redrawing its map. */
    ratioToSameMap: ratiosTo(sameMap),
    /** The naive setData path against the app's step (issue #7), from each app run. */
    setData: appRuns.map((result) => ({ baselineSetData: result.baselineSetData, ratio: result.ratio, filterBySetFilter: result.filterBySetFilter })),
    runs: { app: appRuns.map(({ raw: _raw, ...rest }) => rest), bare: bareRuns, sameMap: sameMapRuns },
  }
}

/** A city case (city-tiles.ts): all of Shanghai in view; the bare page draws the same 20,000 as GeoJSON. */
function cityDataset(city: CityCase, rounds: number): Dataset {
  const data = dataset(city.sections, city.csv, true, JSON.stringify(city.sections), rounds)
  // The setFilter/setData alternatives act on the GeoJSON layer, which the tiles case does not draw.
  return { ...data, input: { ...data.input, prepare: city.prepare, camera: CITY_VIEW, skipAlternatives: Boolean(city.prepare) }, camera: CITY_VIEW }
}

async function main() {
  const wanted = (process.env.BENCH_DATASETS ?? 'sample45,sections10000,cityTiles20000,cityGeojson20000,sections100000').split(',')
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2))
  const shippedSectionsText = readFileSync(`${root}dist/geodata/layers/sections.geojson`, 'utf8')
  const shippedSections = JSON.parse(shippedSectionsText) as FeatureCollection
  const shippedCsv = readFileSync(`${root}dist/geodata/water/monthly.csv`, 'utf8')
  const towns = [...new Set(shippedSections.features.map((feature) => String(feature.properties!.town)))].sort()
  const makers: Record<string, () => Dataset> = {
    sample45: () => dataset(shippedSections, shippedCsv, false, shippedSectionsText, rounds),
    sections10000: () => {
      const synthetic = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20_240_607, towns })
      return dataset(synthetic.sections, synthetic.csv, true, JSON.stringify(synthetic.sections), rounds)
    },
    // Issue 17 §4: 20,000 city-wide sections × 24 months, as vector tiles and as GeoJSON (city-tiles.ts).
    cityTiles20000: () => cityDataset(cityCase(true), rounds),
    cityGeojson20000: () => cityDataset(cityCase(false), rounds),
    // 1,200,000 rows: 12 months keep the CSV (≈ 60 MB) within what one page can be served and parse.
    sections100000: () => {
      const synthetic = makeSyntheticDataset({ sectionCount: 100_000, firstMonth: '2020-01', lastMonth: '2020-12', seed: 20_240_607, towns })
      return dataset(synthetic.sections, synthetic.csv, true, JSON.stringify(synthetic.sections), 1)
    },
  }

  const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100)
  const app = await startApp()
  const datasets: Record<string, unknown> = {}
  let chromium = ''
  try {
    chromium = app.browser.version()
    for (const name of wanted) {
      const make = makers[name]
      if (!make) throw new Error(`unknown dataset ${name}`)
      process.stderr.write(`preparing ${name}…\n`)
      datasets[name] = await measureInterleaved(app, name, make())
    }
  } finally {
    await app.close()
  }
  const result = {
    machine: { cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`, node: process.version, chromium },
    load: { before: loadBefore, after: loadavg().map((value) => Math.round(value * 100) / 100) },
    note: 'software WebGL (SwiftShader); ratios are steadier than milliseconds on shared cores. sections10000/100000 are generated sample data.',
    datasets,
  }
  const json = JSON.stringify(result, null, 2)
  mkdirSync(`${root}bench-results`, { recursive: true })
  writeFileSync(`${root}bench-results/latest.json`, json + '\n')
  process.stdout.write(json + '\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
