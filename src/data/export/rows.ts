// The table behind every tabular export (CSV, XLSX): plain rows as they are, features as their properties
// plus 经度/纬度 for points; the columns are every key seen, in first-seen order, unless the caller fixes them.
import type { Feature, FeatureCollection } from 'geojson'

export type ExportRow = Record<string, unknown>
export type ExportInput = ExportRow[] | FeatureCollection | Feature[]

function isFeature(item: unknown): item is Feature {
  return typeof item === 'object' && item !== null && (item as Feature).type === 'Feature' && 'geometry' in item
}

/** Rows from plain rows or from features (their properties, plus 经度/纬度 for points). */
export function rowsOf(input: ExportInput): ExportRow[] {
  const items: unknown[] = Array.isArray(input) ? input : input.features
  return items.map((item) => {
    if (!isFeature(item)) return item as ExportRow
    // Spreading copies a "__proto__" key as an own property, so it is exported like any other key.
    const row: ExportRow = { ...(item.properties ?? {}) }
    if (item.geometry?.type === 'Point') {
      row['经度'] = item.geometry.coordinates[0]
      row['纬度'] = item.geometry.coordinates[1]
    }
    return row
  })
}

/** The header: `columns` when given, else every key seen, in first-seen order. */
export function columnsOf(rows: readonly ExportRow[], columns?: readonly string[]): string[] {
  return columns ? [...columns] : [...new Set(rows.flatMap((row) => Object.keys(row)))]
}

/** A row's own value for a column; inherited members (e.g. "constructor", "__proto__") count as missing. */
export function valueOf(row: ExportRow, column: string): unknown {
  return Object.prototype.hasOwnProperty.call(row, column) ? row[column] : undefined
}

/** Text of a non-number cell: objects as JSON (nested properties), anything else as String(). */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
