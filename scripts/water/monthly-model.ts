/**
 * Turns the section profiles into monthly cell texts: seasonal shape × seeded noise, normalised so that
 * each year's mean is exactly the designed mean, plus a few 劣Ⅴ spikes in 2018–2019, 停测 months,
 * below-detection cells and quarterly metals. SAMPLE DATA: invented, deterministic.
 */
import { monthRange, type Indicator } from '../../src/domain/water-quality/index.ts'
import { createRandom, randomFor, type Random } from './random.ts'
import type { RoutineItem, SectionProfile } from './section-profiles.ts'

export const SEED = 20191231
export const MONTHS = monthRange('2018-01', '2020-12')
export const YEARS = [2018, 2019, 2020] as const

export interface GeneratedRow {
  sectionId: string
  month: string
  cells: Partial<Record<Indicator, string>>
}

/**
 * Multipliers of TP and NH3N found by the calibration in generate-monthly.ts: `TP`/`NH3N` for the
 * calibrated (ordinary district and town) sections, `assessedTP`/`assessedNH3N` for the 18 assessed
 * sections (the report's 0.20 / 0.82 are the assessed group's means, issue 13).
 */
export interface Calibration {
  TP: number
  NH3N: number
  assessedTP: number
  assessedNH3N: number
}

/** The multiplier of a section's TP or NH3N under a calibration (1 for sections that are not calibrated). */
export function calibrationFor(profile: SectionProfile, item: RoutineItem, calibration: Calibration): number {
  if (item !== 'TP' && item !== 'NH3N') return 1
  if (profile.assessed) return item === 'TP' ? calibration.assessedTP : calibration.assessedNH3N
  return profile.calibrated ? calibration[item] : 1
}

/** Decimals as in the 2020 statistics rules (reference §2.6), pH with 2 as labs report it. */
const DECIMALS: Record<RoutineItem, number> = { pH: 2, DO: 1, CODMn: 1, COD: 1, BOD5: 1, NH3N: 2, TP: 3, TN: 2 }
/** Seasonal amplitude and the month (0 = January) of the peak: phosphorus peaks with summer run-off,
 *  ammonia and oxygen in the cold months. */
const SEASON: Record<Exclude<RoutineItem, 'pH'>, [number, number]> = {
  DO: [0.2, 0], CODMn: [0.08, 7], COD: [0.08, 7], BOD5: [0.1, 7], NH3N: [0.22, 0], TP: [0.12, 6], TN: [0.15, 1],
}
const NOISE: Record<Exclude<RoutineItem, 'pH'>, number> = { DO: 0.08, CODMn: 0.1, COD: 0.1, BOD5: 0.12, NH3N: 0.2, TP: 0.16, TN: 0.12 }
/** 2020 plan 全面消除劣Ⅴ类: no 2020 value beyond class Ⅴ (GB 3838-2002 Table 1 class Ⅴ limits). */
const CLASS_FIVE_CAP: Partial<Record<RoutineItem, number>> = { TP: 0.39, NH3N: 1.95, CODMn: 14.5, COD: 39, BOD5: 9.5 }
const DO_FLOOR_2020 = 2.3
const QUARTER_MONTHS = new Set(['01', '04', '07', '10'])

function routineItems(profile: SectionProfile): RoutineItem[] {
  return profile.assessed ? ['pH', 'DO', 'CODMn', 'COD', 'BOD5', 'NH3N', 'TP', 'TN'] : ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN']
}

/** Quarterly metals and other items of the assessed sections; mostly below detection. */
function quarterlyCells(random: Random): Partial<Record<Indicator, string>> {
  return {
    Cu: random.between(0.002, 0.008).toFixed(3),
    Zn: '<0.05',
    F: random.between(0.45, 0.8).toFixed(3),
    Se: '<0.0004',
    As: random.between(0.001, 0.003).toFixed(4),
    Hg: '<0.00004',
    Cd: '<0.0005',
    Cr6: '<0.004',
    Pb: '<0.01',
    CN: '<0.004',
    VPhenol: '<0.0003',
    Petro: random.between(0.01, 0.04).toFixed(2),
    LAS: '<0.05',
    S2: '<0.005',
    FC: String(Math.round(random.between(2400, 16000) / 10) * 10),
  }
}

export interface Events {
  /** `${sectionId} ${month}` of months without a sample (停测). */
  stopped: Set<string>
  /** `${sectionId} ${month}` → item and value of a 劣Ⅴ spike (before calibration). */
  spikes: Map<string, { item: RoutineItem; value: number }>
  /** `${sectionId} ${month}` of NH3N cells below detection. */
  ammoniaNotDetected: Set<string>
}

export function planEvents(profiles: readonly SectionProfile[]): Events {
  const random = createRandom(SEED + 1)
  const others = profiles.filter((profile) => !profile.assessed)
  const polluted = others.filter((profile) => profile.role !== 'district-three')
  const stopped = new Set<string>()
  while (stopped.size < 8) stopped.add(`${random.pick(others).section.id} ${random.pick(MONTHS)}`)
  const firstMunicipal = profiles.find((profile) => profile.role === 'municipal-four')
  if (firstMunicipal) stopped.add(`${firstMunicipal.section.id} 2018-02`)
  const spikes = new Map<string, { item: RoutineItem; value: number }>()
  const earlyMonths = MONTHS.filter((month) => month < '2020-01')
  while (spikes.size < 9) {
    const key = `${random.pick(polluted).section.id} ${random.pick(earlyMonths)}`
    if (stopped.has(key)) continue
    const item = random.pick<RoutineItem>(['NH3N', 'NH3N', 'TP', 'DO'])
    const value = item === 'NH3N' ? random.between(2.4, 3.1) : item === 'TP' ? random.between(0.47, 0.62) : random.between(1.2, 1.8)
    spikes.set(key, { item, value })
  }
  const clean = profiles.filter((profile) => profile.role === 'district-three').slice(0, 2)
  const ammoniaNotDetected = new Set(clean.flatMap((profile) => [`${profile.section.id} 2020-08`, `${profile.section.id} 2020-09`]))
  return { stopped, spikes, ammoniaNotDetected }
}

function yearMean(profile: SectionProfile, item: RoutineItem, year: 2018 | 2019 | 2020, calibration: Calibration): number {
  const design = profile.design[item] as number
  const factor = profile.yearFactor[year]
  if (item === 'pH') return design
  if (item === 'DO') return design / factor
  return design * factor * calibrationFor(profile, item, calibration)
}

export function generateRows(profiles: readonly SectionProfile[], events: Events, calibration: Calibration): GeneratedRow[] {
  const rows: GeneratedRow[] = []
  for (const profile of profiles) {
    const id = profile.section.id
    const random = randomFor(SEED, id)
    const sectionRows = MONTHS.map((month) => ({ sectionId: id, month, cells: {} as Partial<Record<Indicator, string>> }))
    for (const year of YEARS) {
      const yearRows = sectionRows.filter((row) => row.month.startsWith(`${year}-`))
      const sampled = yearRows.filter((row) => !events.stopped.has(`${id} ${row.month}`))
      for (const item of routineItems(profile)) {
        const mean = yearMean(profile, item, year, calibration)
        const shape = sampled.map((row) => {
          const monthIndex = Number(row.month.slice(5)) - 1
          if (item === 'pH') return 0.15 * random.normal()
          const [amplitude, peak] = SEASON[item]
          const sigma = NOISE[item]
          return (1 + amplitude * Math.cos((2 * Math.PI * (monthIndex - peak)) / 12)) * Math.exp(sigma * random.normal() - (sigma * sigma) / 2)
        })
        const average = shape.reduce((sum, value) => sum + value, 0) / Math.max(shape.length, 1)
        sampled.forEach((row, index) => {
          const key = `${id} ${row.month}`
          const shaped = shape[index] as number
          let value = item === 'pH' ? mean + shaped : (mean * shaped) / average
          const spike = events.spikes.get(key)
          if (spike?.item === item) value = item === 'DO' ? spike.value : spike.value * calibrationFor(profile, item, calibration)
          if (year === 2020) value = item === 'DO' ? Math.max(value, DO_FLOOR_2020) : Math.min(value, CLASS_FIVE_CAP[item] ?? value)
          row.cells[item] = item === 'NH3N' && events.ammoniaNotDetected.has(key) ? '<0.025' : value.toFixed(DECIMALS[item])
        })
      }
      for (const row of yearRows) {
        if (events.stopped.has(`${id} ${row.month}`)) for (const item of routineItems(profile)) row.cells[item] = '停测'
        else if (profile.assessed && QUARTER_MONTHS.has(row.month.slice(5))) Object.assign(row.cells, quarterlyCells(random))
      }
    }
    rows.push(...sectionRows)
  }
  return rows
}
