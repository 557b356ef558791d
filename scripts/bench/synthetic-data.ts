/**
 * The large benchmark dataset (issue #7 item 6): 10,000 sections × 120 months (2011-01…2020-12), made
 * deterministically from a seed. It is SAMPLE data for timing only: every feature carries `sample: true`,
 * names say 基准断面 (benchmark section), rivers are numbered, and the values are drawn to land in a chosen
 * class — they describe no real water body.
 */
import type { Feature, FeatureCollection, Point } from 'geojson'
import { limitsFor, monthRange, type Indicator } from '@/domain/water-quality/index.ts'
import { createRandom, type Random } from '../water/random.ts'

/** District bounding box given in the brief (WGS 84). */
const BOUNDS = { west: 121.35, east: 121.78, south: 30.8, north: 31.01 }
const LEVEL_SHARES: [string, number][] = [
  ['national', 0.02],
  ['municipal', 0.08],
  ['district', 0.3],
  ['town', 0.6],
]
const RIVER_COUNT = 60
/** Share of section-months without a row (停测 gaps). */
const GAP_SHARE = 0.03

export interface SyntheticOptions {
  sectionCount: number
  firstMonth: string
  lastMonth: string
  seed: number
  /** Town names to spread the sections over (taken from the shipped sections so the filter has real choices). */
  towns: readonly string[]
}

export interface SyntheticDataset {
  sections: FeatureCollection<Point>
  csv: string
  months: string[]
}

function pickLevel(random: Random): string {
  let draw = random.next()
  for (const [level, share] of LEVEL_SHARES) {
    if (draw < share) return level
    draw -= share
  }
  return 'town'
}

function sectionId(index: number): string {
  return `BM${String(index + 1).padStart(5, '0')}`
}

function makeSections(options: SyntheticOptions, random: Random): FeatureCollection<Point> {
  const features: Feature<Point>[] = []
  for (let index = 0; index < options.sectionCount; index++) {
    const id = sectionId(index)
    const river = `基准河道${String(1 + Math.floor(random.next() * RIVER_COUNT)).padStart(2, '0')}`
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          Number(random.between(BOUNDS.west, BOUNDS.east).toFixed(6)),
          Number(random.between(BOUNDS.south, BOUNDS.north).toFixed(6)),
        ],
      },
      properties: {
        id,
        name: `基准断面${id.slice(2)}`,
        river,
        town: random.pick(options.towns),
        level: pickLevel(random),
        targetClass: 3 + Math.floor(random.next() * 3),
        sample: true,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}

/**
 * A value of `indicator` inside class `waterClass` (GB 3838-2002 Table 1 limits via limitsFor), away from
 * the limits so that rounding cannot move it to a neighbour class.
 */
function valueInClass(indicator: Indicator, waterClass: number, random: Random, direction: 'max' | 'min'): number {
  const limits = limitsFor(indicator)
  const fraction = random.between(0.2, 0.8)
  if (direction === 'max') {
    const low = waterClass === 1 ? 0 : limits[waterClass - 2]!
    const high = waterClass === 6 ? limits[4]! * 2 : limits[waterClass - 1]!
    return low + (high - low) * fraction
  }
  // DO is a lower limit: class k needs DO ≥ limit k (GB 3838-2002 Table 1 "≥").
  const high = waterClass === 1 ? 10 : limits[waterClass - 2]!
  const low = waterClass === 6 ? 0.5 : limits[waterClass - 1]!
  return low + (high - low) * fraction
}

/** One row: the month's class is decided by one of DO/NH3N/TP; the others sit in the same or a better class. */
function monthRow(id: string, month: string, waterClass: number, random: Random): string {
  const decider = random.pick(['DO', 'NH3N', 'TP'] as const)
  const classOf = (indicator: string) => (indicator === decider ? waterClass : 1 + Math.floor(random.next() * waterClass))
  const pH = random.between(6.8, 8.4).toFixed(2)
  const dissolvedOxygen = valueInClass('DO', classOf('DO'), random, 'min').toFixed(1)
  const ammonia = valueInClass('NH3N', classOf('NH3N'), random, 'max').toFixed(2)
  const phosphorus = valueInClass('TP', classOf('TP'), random, 'max').toFixed(3)
  return `${id},${month},${pH},${dissolvedOxygen},${ammonia},${phosphorus}`
}

export function makeSyntheticDataset(options: SyntheticOptions): SyntheticDataset {
  const random = createRandom(options.seed)
  const sections = makeSections(options, random)
  const months = monthRange(options.firstMonth, options.lastMonth)
  const lines = ['section_id,month,pH,DO,NH3N,TP']
  for (const feature of sections.features) {
    const id = String(feature.properties!.id)
    // A slow random walk around a per-section level, so that neighbouring months are often alike but a
    // step still changes a good share of the sections (as real scrubbing does).
    let level = random.between(1.5, 5.5)
    for (const month of months) {
      level = Math.min(6.49, Math.max(0.51, level + random.normal() * 0.6))
      if (random.next() < GAP_SHARE) continue
      lines.push(monthRow(id, month, Math.round(level), random))
    }
  }
  return { sections, csv: lines.join('\n') + '\n', months }
}
