/**
 * Sample dust monitoring points on construction sites (扬尘监测点): each site is open for 8–30 months
 * within the span, more sites in the new towns around 南桥; a monthly PM10 mean (µg/m³) for every month
 * the site is open (null otherwise), higher in winter and a little lower year by year.
 */
import * as turf from '@turf/turf'
import type { Feature, Point, Polygon } from 'geojson'
import { roundPosition } from '../io.ts'
import type { Random } from '../random.ts'
import { townLocator } from '../places.ts'
import { spotIn, type PlacementRules } from './places.ts'

/** Relative number of construction sites per town (sample weights: more building in the new towns). */
const TOWN_WEIGHT: Record<string, number> = { 南桥镇: 4, 奉浦街道: 3, 金海街道: 3, 西渡街道: 2, 金汇镇: 2, 庄行镇: 1, 青村镇: 1.5, 奉城镇: 1.5, 四团镇: 1, 柘林镇: 1.5, 海湾镇: 1.5, 海湾旅游区: 0.5 }
const YEAR_FACTOR: Record<number, number> = { 2018: 1.1, 2019: 1, 2020: 0.88 }
export const DUST_COUNT = 220

export interface DustPointProperties {
  id: string
  name: string
  name_en: string
  /** First and last open month, "YYYY-MM". */
  start: string
  end: string
  /** Monthly PM10 means (µg/m³) from `pm10From`, the span's first month; null while the site is closed. */
  pm10From: string
  pm10: (number | null)[]
  town: string
  sample: true
}

function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + number - 1 + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function dustPoints(random: Random, rules: PlacementRules, towns: Feature<Polygon>[], firstMonth: string, monthCount: number): Feature<Point, DustPointProperties>[] {
  const locator = townLocator(towns)
  const total = towns.reduce((sum, town) => sum + (TOWN_WEIGHT[String(town.properties?.name)] ?? 1), 0)
  const perTown = towns.map((town) => ({ town, count: Math.floor((DUST_COUNT * (TOWN_WEIGHT[String(town.properties?.name)] ?? 1)) / total) }))
  // Rounding leaves a few points over: they go to the heaviest towns first.
  const shortfall = DUST_COUNT - perTown.reduce((sum, entry) => sum + entry.count, 0)
  ;[...perTown].sort((a, b) => (TOWN_WEIGHT[String(b.town.properties?.name)] ?? 1) - (TOWN_WEIGHT[String(a.town.properties?.name)] ?? 1)).slice(0, shortfall).forEach((entry) => entry.count++)
  const features: Feature<Point, DustPointProperties>[] = []
  for (const { town, count } of perTown) {
    for (let index = 0; index < count; index++) {
      const position = roundPosition(spotIn(random, town, rules))
      const number = String(features.length + 1).padStart(3, '0')
      const opens = random.integer(-12, monthCount - 6)
      const length = random.integer(8, 30)
      const first = Math.max(0, opens)
      const last = Math.min(monthCount - 1, opens + length - 1)
      const base = random.between(45, 85)
      const pm10 = Array.from({ length: monthCount }, (_, month) => {
        if (month < first || month > last) return null
        const calendar = addMonths(firstMonth, month)
        const winter = Math.cos(((Number(calendar.slice(5)) - 1.5) * 2 * Math.PI) / 12)
        return Math.round(base * (YEAR_FACTOR[Number(calendar.slice(0, 4))] ?? 1) * (1 + 0.25 * winter) * random.between(0.85, 1.15))
      })
      features.push(turf.point(position, {
        id: `D${number}`, name: `示例工地 ${number}`, name_en: `Sample site ${number}`,
        start: addMonths(firstMonth, first), end: addMonths(firstMonth, last), pm10From: firstMonth, pm10, town: locator.townOfPoint(position), sample: true,
      }))
    }
  }
  return features
}
