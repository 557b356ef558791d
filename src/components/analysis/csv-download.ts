/**
 * Saves a statistics table as CSV. The cells go through the export room's `toCsv` (UTF-8 BOM for Excel on
 * Chinese Windows, formula cells neutralised per the OWASP "CSV Injection" guidance); the file is handed
 * to the browser as a Blob through a temporary <a download>, which works offline.
 */
import { toCsv } from '@/data/export/index.ts'
import { downloadFile } from '@/data/export/download.ts'
import type { StatisticsTable } from '@/domain/statistics/index.ts'

/** The table as CSV text: heading row, the rows, then the totals row. */
export function tableCsv(table: StatisticsTable): string {
  const ids = table.columns.map((column) => column.id)
  const asRow = (cells: (string | number)[]) => Object.fromEntries(ids.map((id, index) => [id, cells[index]]))
  const heading = Object.fromEntries(table.columns.map((column) => [column.id, column.label]))
  const text = toCsv([heading, ...table.rows.map(asRow), asRow(table.totals)], ids)
  // toCsv writes the ids as its first line; our first row already carries the readable headings.
  const firstBreak = text.indexOf('\r\n')
  return '\uFEFF' + text.slice(firstBreak + 2)
}

export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, csv, 'text/csv;charset=utf-8')
}
