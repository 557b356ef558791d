/**
 * `npm run bench` (issue #7 item 6): drives the BUILT app (dist/) in headless Chromium with the shipped 45
 * sample sections and with a generated 10,000 sections × 120 months, and prints the timings as JSON (also
 * written to bench-results/latest.json). Method and results: docs/performance.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection } from 'geojson'
import { startApp } from '../../tests/browser/support/browser.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildClassMatrixFromRecords, monthRange, WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'
import { measureDataset, type DatasetInput, type DatasetResult } from './measure-dataset.ts'
import { makeSyntheticDataset } from './synthetic-data.ts'

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

function datasetInput(sections: FeatureCollection, csv: string, served: boolean): DatasetInput {
  const classes = classesOf(sections, csv)
  return {
    sectionsText: served ? JSON.stringify(sections) : null,
    csvText: served ? csv : null,
    sections,
    classesAtMonth: classes.at,
    firstLabel: chineseMonth(classes.months[0]!),
    colours: COLOURS,
  }
}

async function main() {
  const shippedSections = JSON.parse(readFileSync(`${root}dist/geodata/layers/sections.geojson`, 'utf8')) as FeatureCollection
  const shippedCsv = readFileSync(`${root}dist/geodata/water/monthly.csv`, 'utf8')
  const towns = [...new Set(shippedSections.features.map((feature) => String(feature.properties!.town)))].sort()
  const synthetic = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20_240_607, towns })

  const app = await startApp()
  const datasets: Record<string, DatasetResult> = {}
  let chromium = ''
  try {
    chromium = app.browser.version()
    process.stderr.write('measuring sample45…\n')
    datasets.sample45 = await measureDataset(app, datasetInput(shippedSections, shippedCsv, false))
    process.stderr.write('measuring sections10000…\n')
    datasets.sections10000 = await measureDataset(app, datasetInput(synthetic.sections, synthetic.csv, true))
  } finally {
    await app.close()
  }
  const result = {
    machine: { cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`, node: process.version, chromium },
    note: 'software WebGL (SwiftShader); ratios are steadier than milliseconds on shared cores. sections10000 is generated sample data.',
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
