/** CSV text to rows of cells with papaparse. Empty lines are kept so that row numbers match the file's lines. */
import Papa from 'papaparse'

export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' })
  const rows = parsed.data
  // papaparse yields one empty row for the final newline; drop trailing empty rows only.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell.trim() === '')) rows.pop()
  return rows
}
