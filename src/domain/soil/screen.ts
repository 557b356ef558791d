/**
 * Screening of measured soil concentrations against GB 36600-2018 Table 1.
 *
 * GB 36600-2018 §5.3.2–§5.3.5: at or below the screening value the risk is generally negligible; above
 * it, detailed investigation and risk assessment follow; above the intervention value the risk is
 * normally unacceptable and risk control or remediation is needed. A value equal to a limit does not
 * exceed it. The parcel's verdict is its worst item.
 */
import type { LocalizedText } from '../layers/types.ts'
import { normaliseCas, soilItem, type SoilItem } from './gb36600.ts'

export type SoilVerdict = 'below' | 'screening' | 'intervention'
/** 1 = 第一类用地 (residential, schools, hospitals …), 2 = 第二类用地 (industrial, logistics …). */
export type LandClass = 1 | 2

/** Verdicts from best to worst, the order of severity used for the worst verdict and for sorting. */
export const SOIL_VERDICTS: readonly SoilVerdict[] = ['below', 'screening', 'intervention']

export const SOIL_VERDICT_NAMES: Readonly<Record<SoilVerdict, LocalizedText>> = {
  below: { zh: '未超筛选值', en: 'Below screening value' },
  screening: { zh: '超筛选值', en: 'Above screening value' },
  intervention: { zh: '超管制值', en: 'Above intervention value' },
}

export interface SoilItemResult {
  /** The item's CAS number as written in the standard. */
  cas: string
  verdict: SoilVerdict
  /** Measured value / screening value of the land class. */
  ratio: number
  nameZh: string
  value: number
  screening: number
  intervention: number
}

export type SoilProblemKind = 'unknown-item' | 'not-a-number' | 'negative' | 'duplicate' | 'no-values'

export interface SoilProblem {
  /** The key as found in the data ('' for the whole record). */
  cas: string
  kind: SoilProblemKind
  value: unknown
  message: string
}

export interface SoilScreening {
  verdict: SoilVerdict
  items: SoilItemResult[]
  problems: SoilProblem[]
}

/** GB 36600-2018 §5.3.1: when the planned use is unclear, use 第一类用地 (the stricter class). */
export function landClassOf(value: unknown): LandClass {
  return value === 2 || value === '2' ? 2 : 1
}

interface ReadValues {
  readings: { item: SoilItem; value: number }[]
  problems: SoilProblem[]
}

function readValues(values: unknown): ReadValues {
  const readings: ReadValues['readings'] = []
  const problems: SoilProblem[] = []
  const seen = new Set<string>()
  const entries = typeof values === 'object' && values !== null ? Object.entries(values) : []
  for (const [key, value] of entries) {
    const item = soilItem(key)
    if (!item) {
      problems.push({ cas: key, kind: 'unknown-item', value, message: `${key} is not a GB 36600-2018 Table 1 basic item` })
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ cas: key, kind: 'not-a-number', value, message: `${item.nameZh} (${key}): ${JSON.stringify(value)} is not a number` })
    } else if (value < 0) {
      problems.push({ cas: key, kind: 'negative', value, message: `${item.nameZh} (${key}): negative concentration ${value}` })
    } else if (seen.has(normaliseCas(item.cas))) {
      problems.push({ cas: key, kind: 'duplicate', value, message: `${item.nameZh} (${key}) appears twice; the first value is used` })
    } else {
      seen.add(normaliseCas(item.cas))
      readings.push({ item, value })
    }
  }
  if (readings.length === 0) {
    problems.push({ cas: '', kind: 'no-values', value: values, message: 'No usable GB 36600-2018 measurement' })
  }
  return { readings, problems }
}

/** Problems of a record of measurements (unknown CAS keys, non-numbers, negatives, duplicates, none). */
export function validateSoilValues(values: unknown): SoilProblem[] {
  return readValues(values).problems
}

function verdictOf(value: number, screening: number, intervention: number): SoilVerdict {
  if (value > intervention) return 'intervention'
  if (value > screening) return 'screening'
  return 'below'
}

/** The worse of two verdicts. */
export function worseVerdict(a: SoilVerdict, b: SoilVerdict): SoilVerdict {
  return SOIL_VERDICTS.indexOf(a) >= SOIL_VERDICTS.indexOf(b) ? a : b
}

/**
 * Each measured item against the land class's limits, in Table 1 order, and the worst verdict. Bad
 * entries are left out of the verdict and listed in `problems`; an empty record screens as 'below'
 * with a 'no-values' problem, so callers can tell "clean" from "not measured".
 */
export function screenSoil(values: Record<string, number>, landClass: LandClass): SoilScreening {
  const column = landClassOf(landClass) - 1
  const { readings, problems } = readValues(values)
  const items = readings
    .sort((a, b) => a.item.no - b.item.no)
    .map(({ item, value }): SoilItemResult => {
      const screening = item.screening[column]!
      const intervention = item.intervention[column]!
      return { cas: item.cas, verdict: verdictOf(value, screening, intervention), ratio: value / screening, nameZh: item.nameZh, value, screening, intervention }
    })
  const verdict = items.reduce<SoilVerdict>((worst, item) => worseVerdict(worst, item.verdict), 'below')
  return { verdict, items, problems }
}

/** The items above their screening value, highest ratio first (what the card lists). */
export function exceedances(result: Pick<SoilScreening, 'items'>): SoilItemResult[] {
  return result.items.filter((item) => item.verdict !== 'below').sort((a, b) => b.ratio - a.ratio)
}
