/**
 * Sample soil measurements (mg/kg, dry weight) keyed by CAS number. Background values are typical of
 * uncontaminated soil and stay far below the GB 36600-2018 Table 1 screening values; the few
 * exceedances are planted on purpose near 原塘外化工区 and the 化工分区 perimeter so the app has
 * something to flag. Limits: GB 36600-2018 Table 1 (domain-reference §4.1), [第一类, 第二类] 用地.
 */
import type { Random } from './random.ts'

export const SOIL_ITEMS = {
  arsenic: { cas: '7440-38-2', screening: [20, 60], intervention: [120, 140], background: [4, 12] },
  cadmium: { cas: '7440-43-9', screening: [20, 65], intervention: [47, 172], background: [0.08, 0.3] },
  chromiumHexavalent: { cas: '18540-29-9', screening: [3.0, 5.7], intervention: [30, 78], background: [0.2, 0.9] },
  copper: { cas: '7440-50-8', screening: [2000, 18000], intervention: [8000, 36000], background: [18, 45] },
  lead: { cas: '7439-92-1', screening: [400, 800], intervention: [800, 2500], background: [18, 45] },
  mercury: { cas: '7439-97-6', screening: [8, 38], intervention: [33, 82], background: [0.04, 0.35] },
  nickel: { cas: '7440-02-0', screening: [150, 900], intervention: [600, 2000], background: [22, 42] },
  benzene: { cas: '71-43-2', screening: [1, 4], intervention: [10, 40], background: [0.002, 0.02] },
  benzoPyrene: { cas: '50-32-8', screening: [0.55, 1.5], intervention: [5.5, 15], background: [0.01, 0.12] },
} as const

export type SoilItem = keyof typeof SOIL_ITEMS

const METALS: SoilItem[] = ['arsenic', 'cadmium', 'chromiumHexavalent', 'copper', 'lead', 'mercury', 'nickel']
const ORGANICS: SoilItem[] = ['benzene', 'benzoPyrene']

/** Three significant figures: what a lab report would show. */
function significant(value: number): number {
  return Number(value.toPrecision(3))
}

/** Background measurements: the seven metals, plus benzene and benzo[a]pyrene at industrial sites. */
export function backgroundMeasurements(random: Random, industrial: boolean): Record<string, number> {
  const items = industrial ? [...METALS, ...ORGANICS] : METALS
  return Object.fromEntries(
    items.map((item) => {
      const [low, high] = SOIL_ITEMS[item].background
      return [SOIL_ITEMS[item].cas, significant(low + (high - low) * random.next())]
    }),
  )
}

export type Exceedance = 'screening' | 'intervention'

/**
 * A value above the screening (but below the intervention) value, or above the intervention value,
 * for the parcel's land class (GB 36600-2018 §5.3.1–5.3.5).
 */
export function exceedingValue(item: SoilItem, landClass: 1 | 2, level: Exceedance, random: Random): number {
  const { screening, intervention } = SOIL_ITEMS[item]
  const index = landClass - 1
  const [screeningValue, interventionValue] = [screening[index]!, intervention[index]!]
  if (level === 'intervention') return significant(interventionValue * random.between(1.15, 1.5))
  return significant(screeningValue + (interventionValue - screeningValue) * random.between(0.15, 0.6))
}
