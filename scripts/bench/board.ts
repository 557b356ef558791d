/**
 * Assessment-board benchmark (issue 13 §4): 10,000 sections × 120 months (the same seeded synthetic
 * dataset as the map bench, scripts/bench/synthetic-data.ts). Measures, in Node with the app's own domain
 * code (src/domain/assessment, no DOM involved in the computation):
 * - `buildTableMs`: laying the series out once per series version (typed arrays + monthly classes);
 * - `newPeriodMs` / `newGroupMs`: a board for a period or a group not computed before (target ≤ 300 ms);
 * - `clockStepMs` and `clockStepRecomputed`: the board asked for again by a clock step inside the same
 *   period — served from the memo; `clockStepRecomputed` must be 0.
 *
 * Wall time and this process's CPU time are both reported: the machine is shared, and under load the wall
 * time also counts other processes' turns (the load average is printed with the result).
 *
 * Run: npx tsx scripts/bench/board.ts   (npm run bench:board). Prints JSON.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { assessmentSections } from '../../src/data/assessment-sections.ts'
import { parseMonthlyCsv } from '../../src/data/monitoring/index.ts'
import { buildSeriesTable, createBoardMemo, periodAround, periodBetween, type AssessmentGroup, type AssessmentPeriod } from '../../src/domain/assessment/index.ts'
import { summarise } from './statistics.ts'
import { makeSyntheticDataset } from './synthetic-data.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const shipped = JSON.parse(readFileSync(`${root}geodata/layers/sections.geojson`, 'utf8')) as { features: { properties: { town: string } }[] }
const towns = [...new Set(shipped.features.map((feature) => feature.properties.town))]

const dataset = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20200101, towns })
const parseStart = performance.now()
const { records } = parseMonthlyCsv(dataset.csv)
const parseMs = performance.now() - parseStart
const sections = assessmentSections(dataset.sections.features)

const buildStart = performance.now()
const table = buildSeriesTable(sections, records)
const buildTableMs = performance.now() - buildStart

const memo = createBoardMemo(64)
/** CPU time of this process (user + system), ms: on a shared machine wall time also counts other processes' turns. */
const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const cpuSamples: number[] = []
function timed(period: AssessmentPeriod, group: AssessmentGroup): number {
  const start = performance.now()
  const cpuStart = cpuMs()
  memo.board(table, period, group)
  cpuSamples.push(cpuMs() - cpuStart)
  return performance.now() - start
}

// Warm-up (JIT), not counted.
timed(periodAround('year', '2012-06'), { kind: 'all' })

const periods: AssessmentPeriod[] = [
  periodAround('month', '2019-06'),
  periodAround('quarter', '2019-05'),
  periodAround('year', '2018-03'),
  periodAround('ytd', '2020-09'),
  periodBetween('2015-01', '2020-12'),
  periodAround('quarter', '2016-11'),
  periodAround('year', '2014-02'),
  periodBetween('2019-01', '2019-11'),
]
cpuSamples.length = 0
const newPeriod = periods.map((period) => timed(period, { kind: 'all' }))
const newPeriodCpu = [...cpuSamples]
cpuSamples.length = 0
const groups: AssessmentGroup[] = [
  { kind: 'assessed' },
  { kind: 'town', name: towns[0]! },
  { kind: 'river', name: '基准河道01' },
  { kind: 'ids', ids: sections.slice(0, 2_500).map((section) => section.id) },
  { kind: 'town', name: towns[1]! },
]
const newGroup = groups.map((group) => timed(periodAround('year', '2019-06'), group))
const newGroupCpu = [...cpuSamples]

// Clock steps inside 2019-Q2: April → May → June ask for the same period; nothing is recomputed.
const before = memo.computed
const steps = ['2019-04', '2019-05', '2019-06', '2019-05', '2019-04'].map((month) => timed(periodAround('quarter', month), { kind: 'all' }))
const clockStepRecomputed = memo.computed - before

const result = {
  dataset: { sections: sections.length, months: table.months.length, records: records.length, indicators: table.indicators },
  parseCsvMs: Math.round(parseMs),
  buildTableMs: Math.round(buildTableMs),
  newPeriodMs: summarise(newPeriod),
  newPeriodMaxMs: Math.round(Math.max(...newPeriod) * 10) / 10,
  newGroupMs: summarise(newGroup),
  newGroupMaxMs: Math.round(Math.max(...newGroup) * 10) / 10,
  newPeriodCpuMs: summarise(newPeriodCpu),
  newGroupCpuMs: summarise(newGroupCpu),
  loadAverage: (await import('node:os')).loadavg().map((value) => Math.round(value * 10) / 10),
  clockStepMs: summarise(steps),
  clockStepRecomputed,
  budgetMs: 300,
  withinBudgetWall: Math.max(...newPeriod, ...newGroup) <= 300 && clockStepRecomputed === 0,
  withinBudgetCpu: Math.max(...newPeriodCpu, ...newGroupCpu) <= 300 && clockStepRecomputed === 0,
}
console.log(JSON.stringify(result, null, 2))
