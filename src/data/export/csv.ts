// CSV export for Excel. Cells that a spreadsheet would run as a formula get a leading apostrophe
// (neutraliseFormula, OWASP "CSV Injection"); numbers stay numbers. A UTF-8 BOM makes Excel on Chinese
// Windows read the file as UTF-8 instead of GBK.
import { columnsOf, rowsOf, textOf, valueOf, type ExportInput } from './rows.ts'
import { neutraliseFormula } from './formula.ts'

const byteOrderMark = '\uFEFF'

/** One cell's text, neutralised and quoted per RFC 4180 where needed. */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = neutraliseFormula(textOf(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV text (with BOM) from plain rows or from features (their properties, plus 经度/纬度 for points).
 * `columns` fixes the order and selection; by default every key seen, in first-seen order.
 */
export function toCsv(input: ExportInput, columns?: string[]): string {
  const rows = rowsOf(input)
  const header = columnsOf(rows, columns)
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) lines.push(header.map((column) => csvCell(valueOf(row, column))).join(','))
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`
}
