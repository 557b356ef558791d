// CSV export for Excel. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
// carriage return) get a leading apostrophe, as the OWASP "CSV Injection" guidance recommends; numbers
// stay numbers. A UTF-8 BOM makes Excel on Chinese Windows read the file as UTF-8 instead of GBK.
import type { Feature, FeatureCollection } from 'geojson'

const formulaStart = /^[=+\-@\t\r]/
const byteOrderMark = '\uFEFF'

/** One cell's text, neutralised and quoted per RFC 4180 where needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (formulaStart.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

type Row = Record<string, unknown>

function rowsOf(input: Row[] | FeatureCollection | Feature[]): Row[] {
  const features = Array.isArray(input) ? input : input.features
  return features.map((item) => {
    if (item && (item as Feature).type === 'Feature' && 'geometry' in item) {
      const feature = item as Feature
      const row: Row = { ...(feature.properties ?? {}) }
      if (feature.geometry?.type === 'Point') {
        row['经度'] = feature.geometry.coordinates[0]
        row['纬度'] = feature.geometry.coordinates[1]
      }
      return row
    }
    return item as Row
  })
}

/**
 * CSV text (with BOM) from plain rows or from features (their properties, plus 经度/纬度 for points).
 * `columns` fixes the order and selection; by default every key seen, in first-seen order.
 */
export function toCsv(input: Row[] | FeatureCollection | Feature[], columns?: string[]): string {
  const rows = rowsOf(input)
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) lines.push(header.map((column) => csvCell(Object.prototype.hasOwnProperty.call(row, column) ? row[column] : undefined)).join(','))
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`
}
