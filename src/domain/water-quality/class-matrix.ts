/**
 * A compact month × section table of classes for the map and the time slider. One byte per cell
 * (0 = no sample, 1–6 = Ⅰ–劣Ⅴ), so 45 sections × 36 months is 1.6 kB; the app keeps it out of Vue
 * reactivity and reads cells with classAt.
 */
import { classifyMeasurements, type ClassifyOptions } from './classify.ts'
import type { Indicator } from './indicators.ts'
import type { Measurement } from './measurement.ts'
import type { WaterClass } from './water-class.ts'

export interface ClassMatrix {
  readonly sectionIds: readonly string[]
  readonly months: readonly string[]
  /** Row-major by section: cell (s, m) is at s * months.length + m. */
  readonly classes: Uint8Array
}

export function buildClassMatrix(
  sectionIds: readonly string[],
  months: readonly string[],
  classOf: (sectionIndex: number, monthIndex: number) => WaterClass | null,
): ClassMatrix {
  const classes = new Uint8Array(sectionIds.length * months.length)
  for (let section = 0; section < sectionIds.length; section++) {
    for (let month = 0; month < months.length; month++) {
      classes[section * months.length + month] = classOf(section, month) ?? 0
    }
  }
  return { sectionIds, months, classes }
}

export interface MonitoringRecord {
  sectionId: string
  month: string
  values: Partial<Record<Indicator, Measurement>>
}

/**
 * Classes each record (single-factor method on its measurements). Records of sections or months not
 * listed are ignored; a section-month without a record, or with no sampled item, stays 0 (no sample).
 * `optionsOf` gives per-section options (e.g. waterbody 'lake').
 */
export function buildClassMatrixFromRecords(
  records: readonly MonitoringRecord[],
  sectionIds: readonly string[],
  months: readonly string[],
  optionsOf: (sectionId: string) => ClassifyOptions = () => ({}),
): ClassMatrix {
  const sectionIndex = new Map(sectionIds.map((id, index) => [id, index]))
  const monthIndex = new Map(months.map((month, index) => [month, index]))
  const classes = new Uint8Array(sectionIds.length * months.length)
  for (const record of records) {
    const section = sectionIndex.get(record.sectionId)
    const month = monthIndex.get(record.month)
    if (section === undefined || month === undefined) continue
    const { waterClass } = classifyMeasurements(record.values, optionsOf(record.sectionId))
    classes[section * months.length + month] = waterClass ?? 0
  }
  return { sectionIds, months, classes }
}

/** Class of a cell, or null for no sample (and for indexes outside the matrix). */
export function classAt(matrix: ClassMatrix, sectionIndex: number, monthIndex: number): WaterClass | null {
  if (sectionIndex < 0 || monthIndex < 0 || sectionIndex >= matrix.sectionIds.length || monthIndex >= matrix.months.length) return null
  const value = matrix.classes[sectionIndex * matrix.months.length + monthIndex] ?? 0
  return value === 0 ? null : (value as WaterClass)
}

/** The classes of every section in one month (for colouring the map at a slider position). */
export function classesInMonth(matrix: ClassMatrix, monthIndex: number): (WaterClass | null)[] {
  return matrix.sectionIds.map((_, sectionIndex) => classAt(matrix, sectionIndex, monthIndex))
}

/** The classes of one section over all months (for a section's sparkline / attainment). */
export function classesOfSection(matrix: ClassMatrix, sectionIndex: number): (WaterClass | null)[] {
  return matrix.months.map((_, monthIndex) => classAt(matrix, sectionIndex, monthIndex))
}
