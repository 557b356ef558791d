/**
 * Counts and totals of features grouped by one property (town, year, stage, verdict, kind, status), the
 * way the bureau's work report adds things up ("217 个减量化项目 … 面积 172.53 公顷"). Measures come
 * from geometry (greenery/measure.ts), so a table and the map can never disagree.
 */
import type { Feature, Geometry } from 'geojson'
import { areaHa, areaM2, GREEN_KIND_CODES, lengthKm } from '../greenery/index.ts'
import type { LocalizedText } from '../layers/types.ts'
import { SOIL_KINDS } from '../families/soil/module.ts'
import { familyVocabulary } from '../families/registry.ts'
import { STAGE_CODES, stageDefinition } from '../remediation/index.ts'
import { SOIL_VERDICT_NAMES, SOIL_VERDICTS } from '../soil/index.ts'
import { NO_PLACE_NAMES, placeName, type PlaceNames } from '../names/place-names.ts'

export type GroupKey = 'town' | 'year' | 'stage' | 'verdict' | 'kind' | 'status'
export type Measure = 'count' | 'areaHa' | 'lengthKm' | 'areaM2'

type AnyFeature = Feature<Geometry | null>

export interface StatisticsRow {
  /** The grouped value as text ('' when the feature does not say). */
  key: string
  label: LocalizedText
  count: number
  /** Sum of the measure (equal to `count` for 'count'). */
  value: number
}

export interface GroupOptions {
  /** Reads the group value instead of `properties[key]`, e.g. a plot's stage at the clock's month. */
  keyOf?: (feature: AnyFeature) => unknown
  /** English names of the towns (the data names them in Chinese). */
  placeNames?: PlaceNames
}

export const MISSING_LABEL: LocalizedText = { zh: '未填写', en: 'Not given' }

const MEASURES: Record<Measure, (feature: AnyFeature) => number> = {
  count: () => 1,
  areaHa,
  lengthKm,
  areaM2,
}

const STATUS_ORDER = ['planned', 'surveying', 'under-construction', 'built', 'completed']
const KIND_ORDER = [...GREEN_KIND_CODES, ...Object.keys(SOIL_KINDS)]

function keyText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string') return value.trim()
  return ''
}

function labelOf(key: GroupKey, value: string, placeNames: PlaceNames): LocalizedText {
  if (value === '') return MISSING_LABEL
  if (key === 'town') return { zh: value, en: placeName(placeNames, 'town', value, 'en') }
  const stage = key === 'stage' ? stageDefinition(value) : undefined
  if (stage) return { zh: stage.nameZh, en: stage.nameEn }
  if (key === 'verdict' && value in SOIL_VERDICT_NAMES) return SOIL_VERDICT_NAMES[value as keyof typeof SOIL_VERDICT_NAMES]
  if (key === 'kind' || key === 'status') return familyVocabulary(key)[value] ?? { zh: value, en: value }
  return { zh: value, en: value }
}

/** Rank in a known order; unknown values after the known ones. */
function rankIn(order: readonly string[], value: string): number {
  const index = order.indexOf(value)
  return index === -1 ? order.length : index
}

/** Years and life-cycle orders ascending; towns by size (largest first); missing values last. */
function compareRows(key: GroupKey): (a: StatisticsRow, b: StatisticsRow) => number {
  const byLabel = (a: StatisticsRow, b: StatisticsRow) => a.label.zh.localeCompare(b.label.zh, 'zh-Hans-CN')
  const ranked = (order: readonly string[]) => (a: StatisticsRow, b: StatisticsRow) => rankIn(order, a.key) - rankIn(order, b.key) || byLabel(a, b)
  const within: Record<GroupKey, (a: StatisticsRow, b: StatisticsRow) => number> = {
    year: (a, b) => Number(a.key) - Number(b.key) || byLabel(a, b),
    stage: ranked(STAGE_CODES),
    verdict: ranked(SOIL_VERDICTS),
    kind: ranked(KIND_ORDER),
    status: ranked(STATUS_ORDER),
    town: (a, b) => b.value - a.value || byLabel(a, b),
  }
  return (a, b) => Number(a.key === '') - Number(b.key === '') || within[key](a, b)
}

/** One row per value of `key`, with the feature count and the summed measure, sorted for reading. */
export function groupBy(features: readonly AnyFeature[], key: GroupKey, measure: Measure, options: GroupOptions = {}): StatisticsRow[] {
  const read = options.keyOf ?? ((feature: AnyFeature) => feature.properties?.[key])
  const rows = new Map<string, StatisticsRow>()
  for (const feature of features) {
    const value = keyText(read(feature))
    const row = rows.get(value) ?? { key: value, label: labelOf(key, value, options.placeNames ?? NO_PLACE_NAMES), count: 0, value: 0 }
    row.count += 1
    row.value += MEASURES[measure](feature)
    rows.set(value, row)
  }
  return [...rows.values()].sort(compareRows(key))
}
