/**
 * Writes geodata/water/monthly.csv: SAMPLE monthly monitoring data for the 45 sections of
 * geodata/layers/sections.geojson, 2018-01…2020-12, deterministic (seeded). Classified by
 * src/domain/water-quality it reproduces the bureau's 2019 figures (see geodata/water/README.md).
 *
 * Run: npx tsx scripts/water/generate-monthly.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  INDICATORS,
  aggregatePeriod,
  parseMeasurement,
  valueForMean,
  type Indicator,
  type Measurement,
  type MonthlySample,
} from '../../src/domain/water-quality/index.ts'
import { generateRows, planEvents, SEED, type Calibration, type GeneratedRow } from './monthly-model.ts'
import { createRandom } from './random.ts'
import { buildProfiles, type SectionInput, type SectionProfile } from './section-profiles.ts'

/**
 * The report's 2019 river means (district-eco-bureau-work-report-2020.txt, 碧水保卫战), reproduced by the 18
 * assessed sections (issue 13) and, as before, by all 45 sections.
 */
export const REPORTED_MEANS = { TP: 0.2, NH3N: 0.82 } as const
/** The report was written before the year ended: the means are taken over 2019-01…2019-11. */
export const REPORTED_MONTHS = { first: '2019-01', last: '2019-11' } as const

export function readSections(geojsonText: string): SectionInput[] {
  const collection = JSON.parse(geojsonText) as { features: { properties: Record<string, unknown> }[] }
  return collection.features.map(({ properties }) => ({
    id: String(properties.id),
    name: String(properties.name),
    level: properties.level as SectionInput['level'],
    targetClass: Number(properties.targetClass),
  }))
}

function toMeasurements(row: GeneratedRow): Partial<Record<Indicator, Measurement>> {
  const values: Partial<Record<Indicator, Measurement>> = {}
  for (const [code, text] of Object.entries(row.cells)) values[code as Indicator] = parseMeasurement(text as string)
  return values
}

/** Sums and counts of an item's values over the report window: assessed, calibrated and other (fixed) sections. */
function windowSums(rows: readonly GeneratedRow[], profiles: readonly SectionProfile[], item: 'TP' | 'NH3N') {
  const groupOf = new Map(profiles.map((profile) => [profile.section.id, profile.assessed ? 'assessed' : profile.calibrated ? 'calibrated' : 'fixed'] as const))
  const sums = { fixed: 0, calibrated: 0, assessed: 0, assessedCount: 0, count: 0 }
  for (const row of rows) {
    if (row.month < REPORTED_MONTHS.first || row.month > REPORTED_MONTHS.last) continue
    const value = valueForMean(parseMeasurement(row.cells[item] ?? ''))
    if (value === null) continue
    sums.count++
    const group = groupOf.get(row.sectionId) ?? 'fixed'
    sums[group] += value
    if (group === 'assessed') sums.assessedCount++
  }
  return sums
}

/**
 * Scales TP and NH3N until the window means match the report (a few rounds): first the assessed sections
 * on their own, then the ordinary district and town sections so that all 45 give the same means.
 */
function calibrate(profiles: readonly SectionProfile[], events: ReturnType<typeof planEvents>): { rows: GeneratedRow[]; calibration: Calibration } {
  const calibration: Calibration = { TP: 1, NH3N: 1, assessedTP: 1, assessedNH3N: 1 }
  let rows = generateRows(profiles, events, calibration)
  for (let round = 0; round < 8; round++) {
    for (const item of ['TP', 'NH3N'] as const) {
      const sums = windowSums(rows, profiles, item)
      const assessedKey = item === 'TP' ? 'assessedTP' : 'assessedNH3N'
      calibration[assessedKey] *= (REPORTED_MEANS[item] * sums.assessedCount) / sums.assessed
      const assessedTarget = REPORTED_MEANS[item] * sums.assessedCount
      calibration[item] *= (REPORTED_MEANS[item] * sums.count - sums.fixed - assessedTarget) / sums.calibrated
    }
    rows = generateRows(profiles, events, calibration)
  }
  return { rows, calibration }
}

/** Throws when the 2019 annual classes of the assessed sections do not match the report. */
function check2019(rows: readonly GeneratedRow[], profiles: readonly SectionProfile[]): void {
  for (const profile of profiles.filter((candidate) => candidate.assessed)) {
    const samples: MonthlySample[] = rows
      .filter((row) => row.sectionId === profile.section.id && row.month.startsWith('2019-'))
      .map((row) => ({ month: row.month, values: toMeasurements(row) }))
    const waterClass = aggregatePeriod(samples).classification.waterClass
    const expected = profile.role === 'municipal-four' ? 4 : 3
    if (waterClass !== expected || waterClass > profile.section.targetClass) {
      throw new Error(`${profile.section.id} 2019 class ${waterClass}, expected ${expected} within target ${profile.section.targetClass}`)
    }
  }
}

export function toCsv(rows: readonly GeneratedRow[]): string {
  const header = ['section_id', 'month', ...INDICATORS].join(',')
  const lines = rows.map((row) => [row.sectionId, row.month, ...INDICATORS.map((code) => row.cells[code] ?? '')].join(','))
  return [header, ...lines].join('\n') + '\n'
}

export function generateMonthlyCsv(sections: readonly SectionInput[]): { csv: string; calibration: Calibration } {
  const profiles = buildProfiles(sections, createRandom(SEED))
  const events = planEvents(profiles)
  const { rows, calibration } = calibrate(profiles, events)
  check2019(rows, profiles)
  return { csv: toCsv(rows), calibration }
}

const root = fileURLToPath(new URL('../../', import.meta.url))
export const SECTIONS_PATH = `${root}geodata/layers/sections.geojson`
export const MONTHLY_PATH = `${root}geodata/water/monthly.csv`

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sections = readSections(readFileSync(SECTIONS_PATH, 'utf8'))
  const { csv, calibration } = generateMonthlyCsv(sections)
  writeFileSync(MONTHLY_PATH, csv)
  console.log(`Wrote ${MONTHLY_PATH}: ${csv.split('\n').length - 2} rows; calibration of district/town sections TP ×${calibration.TP.toFixed(4)}, NH3N ×${calibration.NH3N.toFixed(4)}; assessed sections TP ×${calibration.assessedTP.toFixed(4)}, NH3N ×${calibration.assessedNH3N.toFixed(4)}`)
}
