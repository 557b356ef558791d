/**
 * A statistics table as plain data (column headings + rows of strings and numbers + a totals row), ready
 * for the panel and for a CSV writer elsewhere. Numbers are rounded for reading: ha and km to 2 decimals
 * as in the work report ("172.53 公顷", "23.25 公里"), m² to whole metres; totals are summed before
 * rounding so they add up to the report figure, not to the rounded rows.
 */
import type { Feature, Geometry } from 'geojson'
import type { Locale, LocalizedText } from '../layers/types.ts'
import { groupBy, type GroupKey, type GroupOptions, type Measure } from './group.ts'

export interface StatisticsColumn {
  id: string
  label: string
}

export interface StatisticsTable {
  columns: StatisticsColumn[]
  rows: (string | number)[][]
  totals: (string | number)[]
}

export interface TableOptions extends GroupOptions {
  locale?: Locale
}

const KEY_LABELS: Record<GroupKey, LocalizedText> = {
  town: { zh: '街镇', en: 'Town' },
  year: { zh: '年度', en: 'Year' },
  stage: { zh: '阶段', en: 'Stage' },
  verdict: { zh: '筛查结论', en: 'Screening verdict' },
  kind: { zh: '类型', en: 'Kind' },
  status: { zh: '状态', en: 'Status' },
}

const MEASURE_LABELS: Record<Measure, LocalizedText> = {
  count: { zh: '数量（个）', en: 'Count' },
  areaHa: { zh: '面积（公顷）', en: 'Area (ha)' },
  lengthKm: { zh: '长度（公里）', en: 'Length (km)' },
  areaM2: { zh: '面积（平方米）', en: 'Area (m²)' },
}

const DECIMALS: Record<Measure, number> = { count: 0, areaHa: 2, lengthKm: 2, areaM2: 0 }
const TOTAL_LABEL: LocalizedText = { zh: '合计', en: 'Total' }

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** Count plus each requested measure, one row per group, then a totals row. */
export function statisticsTable(
  features: readonly Feature<Geometry | null>[],
  key: GroupKey,
  measures: Measure | readonly Measure[],
  options: TableOptions = {},
): StatisticsTable {
  const locale = options.locale ?? 'zh'
  const summed = [...new Set(typeof measures === 'string' ? [measures] : measures)].filter((measure) => measure !== 'count')
  const counts = groupBy(features, key, 'count', options)
  const sums = summed.map((measure) => new Map(groupBy(features, key, measure, options).map((row) => [row.key, row.value])))
  const columns: StatisticsColumn[] = [
    { id: key, label: KEY_LABELS[key][locale] },
    { id: 'count', label: MEASURE_LABELS.count[locale] },
    ...summed.map((measure) => ({ id: measure, label: MEASURE_LABELS[measure][locale] })),
  ]
  const rows = counts.map((row) => [row.label[locale], row.count, ...summed.map((measure, index) => round(sums[index]!.get(row.key) ?? 0, DECIMALS[measure]))])
  const totals = [
    TOTAL_LABEL[locale],
    features.length,
    ...summed.map((measure, index) => round([...sums[index]!.values()].reduce((sum, value) => sum + value, 0), DECIMALS[measure])),
  ]
  return { columns, rows, totals }
}
