/**
 * The monitoring series of the sections: loaded once from geodata/water/monthly.csv (or an import), then
 * held OUT of Vue reactivity as columns (issue 15 §3: typed arrays per indicator, ids and months interned,
 * `domain/water-quality/series-columns.ts`) plus a compact month × section class matrix (Uint8Array,
 * 0 = no sample). Records are rebuilt per cell when a card asks. Period classes (quarter, year) are
 * computed from the period's means on first use and cached (环办〔2011〕22号: a period's class comes from
 * mean concentrations).
 */
import {
  aggregatePeriod,
  buildSeriesColumns,
  classMatrixOfColumns,
  createSeriesBuilder,
  recordAt,
  valuesAt,
  type ClassMatrix,
  type Classification,
  type Indicator,
  type MonitoringRecord,
  type MonthlySample,
  type SeriesBuilder,
  type SeriesColumns,
} from '@/domain/water-quality/index.ts'
import { monthsOfPeriod, periodOf, type PeriodMode } from '@/domain/time/index.ts'

export interface WaterSeries {
  matrix: ClassMatrix
  /** The records, by column; read them with recordOf / sectionRecords. */
  columns: SeriesColumns
  first: string
  last: string
}

let series: WaterSeries | null = null
const periodCache = new Map<string, Uint8Array>()

function install(sectionIds: readonly string[], columns: SeriesColumns | null): WaterSeries | null {
  return installWaterSeries(columns, columns ? classMatrixOfColumns(columns, sectionIds) : null)
}

/** Installs columns and their class matrix read elsewhere (the monitoring worker, data/load-monitoring.ts). */
export function installWaterSeries(columns: SeriesColumns | null, matrix: ClassMatrix | null): WaterSeries | null {
  periodCache.clear()
  if (!columns || !matrix) {
    series = null
    return null
  }
  series = { matrix, columns, first: columns.months[0]!, last: columns.months[columns.months.length - 1]! }
  return series
}

export function setWaterSeries(sectionIds: readonly string[], monitoringRecords: readonly MonitoringRecord[]): WaterSeries | null {
  return install(sectionIds, buildSeriesColumns(monitoringRecords, sectionIds))
}

/**
 * For a reader that hands records over one by one (the shipped table): `add` each record, then `finish`.
 * Same result as setWaterSeries with all the records, without holding them all at once.
 */
export function waterSeriesBuilder(sectionIds: readonly string[]): Pick<SeriesBuilder, 'add' | 'addCells'> & { finish: () => WaterSeries | null } {
  const builder = createSeriesBuilder(sectionIds)
  return {
    add: (record) => builder.add(record),
    addCells: (...cells) => builder.addCells(...cells),
    finish: () => install(sectionIds, builder.finish()),
  }
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
    column[index] = aggregatePeriod(samplesOf(current.columns, sectionId, periodMonths)).classification.waterClass ?? 0
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

/** The section's samples in the given months (months without a record are left out). */
function samplesOf(columns: SeriesColumns, sectionId: string, months: readonly string[]): MonthlySample[] {
  const row = columns.indexOfSection.get(sectionId)
  if (row === undefined) return []
  const samples: MonthlySample[] = []
  for (const month of months) {
    const values = valuesAt(columns, row, columns.indexOfMonth.get(month) ?? -1)
    if (values) samples.push({ month, values })
  }
  return samples
}

export function recordOf(sectionId: string, month: string): MonitoringRecord | undefined {
  return series ? recordAt(series.columns, sectionId, month) : undefined
}

/** Every record of one section, month by month. */
export function sectionRecords(sectionId: string): MonitoringRecord[] {
  const current = series
  if (!current) return []
  return samplesOf(current.columns, sectionId, current.columns.months).map(({ month, values }) => ({ sectionId, month, values }))
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
  const columns = series?.columns
  if (!columns || !columns.indexOfSection.has(sectionId)) return null
  const months = mode === 'month' ? [month] : monthsOfPeriod(periodOf(month, mode))
  const result = aggregatePeriod(samplesOf(columns, sectionId, months))
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
  const row = current.columns.indexOfSection.get(sectionId)
  // Rows of the sections asked for come first, in the matrix's order.
  const index = row !== undefined && row < current.matrix.sectionIds.length ? row : -1
  if (index < 0) return []
  const { months, classes } = current.matrix
  return months.map((month, monthIndex) => ({ month, waterClass: classes[index * months.length + monthIndex]! }))
}
