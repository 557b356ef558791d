/**
 * The features of a monitoring service (one feature per section and month, one property per indicator)
 * as the rows of a table, read by the same row reader as a CSV or XLSX file (table-records.ts): the same
 * records, the same problems in the same words. Row numbers count as in a spreadsheet export of the
 * service's answer: the header is row 1, the first feature row 2, in the order the service sent them.
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { problem } from './problems.ts'
import { recogniseHeader } from './headers.ts'
import { cellText, readTableRows } from './table-records.ts'
import type { RowProblem } from './problems.ts'
import type { SectionReference } from './table-records.ts'

/** Database keys a service adds to each row; not indicators, not worth a problem line. */
const ROW_KEYS = new Set(['fid', 'ogc_fid', 'gid', 'objectid', 'gml_id'])

export interface ServiceRows {
  records: MonitoringRecord[]
  /** Rows skipped and cells ignored, by row; unknown indicators on each row that has a value for one. */
  problems: RowProblem[]
  /** Features read. */
  read: number
}

/** Properties in the order first seen: the table's header. `id` is a row key when a section column exists. */
function headerOf(properties: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>()
  for (const row of properties) for (const key of Object.keys(row)) keys.add(key)
  const header = [...keys].filter((key) => !ROW_KEYS.has(key.toLowerCase()))
  const sectionColumns = header.filter((key) => {
    const kind = recogniseHeader(key).kind
    return kind === 'section-id' || kind === 'section-name'
  })
  return sectionColumns.length > 1 ? header.filter((key) => key.toLowerCase() !== 'id') : header
}

/**
 * Reads the features' properties as a table. `range` keeps only months inside it (inclusive, YYYY-MM):
 * the service was asked for that range, but a server may ignore the request's `datetime` (MapServer
 * 8.0.0 does), and rows it sent anyway are not the planner's question.
 */
export async function readServiceRows(
  properties: readonly Record<string, unknown>[],
  sections: readonly SectionReference[],
  range: { from?: string; to?: string } = {},
): Promise<ServiceRows> {
  const header = headerOf(properties)
  const rows: unknown[][] = [header, ...properties.map((row) => header.map((key) => row[key] ?? ''))]
  const table = readTableRows(rows, sections)
  // An unknown property is named on each row that has a value in it (a service's rows need not share
  // their properties, unlike a table's columns), in the words the CSV reader uses for the column.
  const unknown = new Set(table.unknownColumns)
  const sectionKey = header.find((key) => recogniseHeader(key).kind === 'section-id') ?? header.find((key) => recogniseHeader(key).kind === 'section-name')
  const monthKey = header.find((key) => recogniseHeader(key).kind === 'date')
  const perRow: RowProblem[] = []
  properties.forEach((row, index) => {
    const where = [sectionKey, monthKey].map((key) => (key === undefined ? '' : cellText(row[key]))).join(' ').trim()
    for (const key of header) {
      const value = cellText(row[key])
      if (unknown.has(key) && value !== '') perRow.push(problem('unknown-indicator', index + 2, { column: key, value, ...(where ? { where } : {}) }))
    }
  })
  const tableProblems = table.tableProblems.filter((found) => found.code !== 'unknown-column')
  const inRange = (month: string) => (range.from === undefined || month >= range.from) && (range.to === undefined || month <= range.to)
  const rowProblems = [...table.skipped, ...table.cellProblems, ...perRow].sort((a, b) => a.row - b.row)
  return { records: table.records.filter((record) => inRange(record.month)), problems: [...tableProblems, ...rowProblems], read: properties.length }
}
