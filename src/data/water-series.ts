/**
 * The monitoring series of the sections: loaded once from geodata/water/monthly.csv (or an import), then
 * held OUT of Vue reactivity as a compact month × section class matrix (Uint8Array, 0 = no sample) plus
 * the raw records for the cards. Period classes (quarter, year) are computed from the period's means on
 * first use and cached (环办〔2011〕22号: a period's class comes from mean concentrations).
 */
import {
  aggregatePeriod,
  buildClassMatrixFromRecords,
  monthRange,
  type ClassMatrix,
  type Classification,
  type Indicator,
  type MonitoringRecord,
} from '@/domain/water-quality/index.ts'
import { monthsOfPeriod, periodOf, type PeriodMode } from '@/domain/time/index.ts'

export interface WaterSeries {
  matrix: ClassMatrix
  /** records.get(sectionId)?.get(month) */
  records: Map<string, Map<string, MonitoringRecord>>
  first: string
  last: string
}

let series: WaterSeries | null = null
const periodCache = new Map<string, Uint8Array>()

export function setWaterSeries(sectionIds: readonly string[], monitoringRecords: readonly MonitoringRecord[]): WaterSeries | null {
  const months = [...new Set(monitoringRecords.map((record) => record.month))].sort()
  periodCache.clear()
  if (months.length === 0) {
    series = null
    return null
  }
  const range = monthRange(months[0]!, months[months.length - 1]!)
  const records = new Map<string, Map<string, MonitoringRecord>>()
  for (const record of monitoringRecords) {
    if (!records.has(record.sectionId)) records.set(record.sectionId, new Map())
    records.get(record.sectionId)!.set(record.month, record)
  }
  series = { matrix: buildClassMatrixFromRecords(monitoringRecords, sectionIds, range), records, first: range[0]!, last: range[range.length - 1]! }
  return series
}

export function waterSeries(): WaterSeries | null {
  return series
}

/** Classes of every section (in matrix order) for the month, or for the period containing it. */
export function classesAt(month: string, mode: PeriodMode): Uint8Array {
  const current = series
  if (!current) return new Uint8Array(0)
  const { sectionIds, months, classes } = current.matrix
  if (mode === 'month') {
    const monthIndex = months.indexOf(month)
    const column = new Uint8Array(sectionIds.length)
    if (monthIndex < 0) return column
    for (let section = 0; section < sectionIds.length; section++) column[section] = classes[section * months.length + monthIndex]!
    return column
  }
  const period = periodOf(month, mode)
  const key = `${mode}:${period.first}`
  const cached = periodCache.get(key)
  if (cached) return cached
  const periodMonths = monthsOfPeriod(period)
  const column = new Uint8Array(sectionIds.length)
  sectionIds.forEach((sectionId, index) => {
    const bySection = current.records.get(sectionId)
    const samples = periodMonths.flatMap((periodMonth) => {
      const record = bySection?.get(periodMonth)
      return record ? [{ month: periodMonth, values: record.values }] : []
    })
    column[index] = aggregatePeriod(samples).classification.waterClass ?? 0
  })
  periodCache.set(key, column)
  return column
}

/** Per month: how many sections are in each class (index 0 = no sample, 1–6 = Ⅰ–劣Ⅴ). */
export function classCountsByMonth(): { month: string; counts: number[] }[] {
  const current = series
  if (!current) return []
  const { sectionIds, months, classes } = current.matrix
  return months.map((month, monthIndex) => {
    const counts = [0, 0, 0, 0, 0, 0, 0]
    for (let section = 0; section < sectionIds.length; section++) counts[classes[section * months.length + monthIndex]!]!++
    return { month, counts }
  })
}

export function recordOf(sectionId: string, month: string): MonitoringRecord | undefined {
  return series?.records.get(sectionId)?.get(month)
}

export interface SectionEvaluation {
  /** Months of the period that had a sample. */
  sampledMonths: string[]
  /** Values the class was computed from: the month's measurements, or the period's means. */
  values: Partial<Record<Indicator, number>>
  /** Items reported below detection (shown as such, not as a number). */
  belowDetection: Indicator[]
  classification: Classification
}

/** How a section stands at a month or period: the class with its reasons (items and main pollutants). */
export function sectionEvaluation(sectionId: string, month: string, mode: PeriodMode): SectionEvaluation | null {
  const bySection = series?.records.get(sectionId)
  if (!bySection) return null
  const months = mode === 'month' ? [month] : monthsOfPeriod(periodOf(month, mode))
  const samples = months.flatMap((periodMonth) => {
    const record = bySection.get(periodMonth)
    return record ? [{ month: periodMonth, values: record.values }] : []
  })
  const result = aggregatePeriod(samples)
  if (result.sampledMonths.length === 0) return null
  return {
    sampledMonths: result.sampledMonths,
    values: result.means,
    belowDetection: result.allBelowDetection,
    classification: result.classification,
  }
}

/** The section's class in every month of the series (0 = no sample), for its history strip. */
export function sectionHistory(sectionId: string): { month: string; waterClass: number }[] {
  const current = series
  if (!current) return []
  const index = current.matrix.sectionIds.indexOf(sectionId)
  if (index < 0) return []
  const { months, classes } = current.matrix
  return months.map((month, monthIndex) => ({ month, waterClass: classes[index * months.length + monthIndex]! }))
}
