/**
 * Guesses what a dropped file is: a monitoring table (issue #3) or a geometry file (issue #6). A CSV or
 * XLSX is a monitoring table when one of its first rows names a section column (断面名称/断面编码/
 * section_id …) and a month/date column, and it has no coordinate columns; everything else is geometry.
 * Only a guess: the planner can switch it in the import centre.
 */
import { findCoordinateColumns } from '@/data/import/formats/coordinate-columns.ts'
import { isHeaderRow } from '@/data/monitoring/headers.ts'
import { csvRows } from '@/data/monitoring/csv-rows.ts'
import { decodeTableText } from '@/data/monitoring/decode.ts'
import { xlsxRows } from '@/data/monitoring/xlsx-rows.ts'

export type ImportKind = 'geometry' | 'monitoring'

/** Title rows above the header are common in bureau spreadsheets; look this far down for it. */
const HEADER_SEARCH_ROWS = 10

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

export function isMonitoringHeader(rows: readonly (readonly unknown[])[]): boolean {
  return rows.slice(0, HEADER_SEARCH_ROWS).some((row) => {
    const cells = row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))
    return isHeaderRow(cells) && !findCoordinateColumns(cells)
  })
}

export async function guessKind(fileName: string, bytes: Uint8Array): Promise<ImportKind> {
  const extension = extensionOf(fileName)
  try {
    if (extension === 'csv' || extension === 'txt') {
      // Only the start matters; cut before decoding so a large file costs little.
      const { text } = decodeTableText(bytes.subarray(0, 64 * 1024))
      return isMonitoringHeader(csvRows(text)) ? 'monitoring' : 'geometry'
    }
    if (extension === 'xlsx') return isMonitoringHeader(await xlsxRows(bytes)) ? 'monitoring' : 'geometry'
  } catch {
    // An unreadable table: the geometry importer will name the problem.
  }
  return 'geometry'
}
