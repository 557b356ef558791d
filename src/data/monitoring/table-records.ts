/**
 * Turns the rows of a monitoring table (cells as read from CSV or XLSX) into monthly records, row by row,
 * keeping every good row and reporting every problem with the spreadsheet row number the user sees.
 */
import { likelyMicrograms, parseMeasurement, type Indicator, type Measurement, type MonitoringRecord } from '@/domain/water-quality/index.ts'
import { parseMonthCell } from './dates.ts'
import { isHeaderRow, recogniseHeader, type ColumnMeaning } from './headers.ts'
import { problem, type ProblemCode, type RowProblem } from './problems.ts'

export interface SectionReference {
  id: string
  name: string
}

export interface TableReadResult {
  records: MonitoringRecord[]
  /** Spreadsheet row numbers of the records, parallel to `records`. */
  recordRows: number[]
  /** Non-empty data rows below the header. */
  read: number
  /** Rows not kept, with the reason. */
  skipped: RowProblem[]
  /** Cells ignored or kept with a caveat, in kept rows. */
  cellProblems: RowProblem[]
  /** Problems with the whole table (no header, unknown or ignored columns). */
  tableProblems: RowProblem[]
  unknownColumns: string[]
  ignoredColumns: string[]
  /** Spreadsheet row number of the header (0 when none was found). */
  headerRow: number
}

/** How many leading rows may hold a title before the header. */
const HEADER_SEARCH_ROWS = 10

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

/** Matches a section by code (any case) or by name (ignoring spaces and dash style). */
export function sectionMatcher(sections: readonly SectionReference[] | null): (code: string, name: string) => string | null {
  if (sections === null) return (code) => (code === '' ? null : code)
  const simplify = (text: string) => text.replace(/\s+/g, '').replace(/[—–－─~～]/g, '-').toUpperCase()
  const byCode = new Map(sections.map((section) => [simplify(section.id), section.id]))
  const byName = new Map(sections.map((section) => [simplify(section.name), section.id]))
    // A code typed in the name column (or a name in the code column) is found too.
  return (code, name) =>
    byCode.get(simplify(code)) ?? byName.get(simplify(name)) ?? byCode.get(simplify(name)) ?? byName.get(simplify(code)) ?? null
}

/**
 * `rows` may be any iterable (a CSV read row by row). With `onRecord`, each kept record is handed over as
 * it is read and `records`/`recordRows` stay empty: the shipped 1.16 M-row table is never held as
 * records (issue 15 §3).
 */
export function readTableRows(
  rows: Iterable<readonly unknown[]>,
  sections: readonly SectionReference[] | null,
  onRecord?: (record: MonitoringRecord, rowNumber: number) => void,
): TableReadResult {
  const result: TableReadResult = {
    records: [], recordRows: [], read: 0, skipped: [], cellProblems: [], tableProblems: [], unknownColumns: [], ignoredColumns: [], headerRow: 0,
  }
  const iterator = rows[Symbol.iterator]()
  const head: (readonly unknown[])[] = []
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = iterator.next()
    if (next.done) break
    head.push(next.value)
  }
  const headerIndex = head.findIndex((row) => isHeaderRow(row.map(cellText)))
  if (headerIndex < 0) {
    result.tableProblems.push(problem('no-header', 0))
    return result
  }
  result.headerRow = headerIndex + 1
  const headers = (head[headerIndex] ?? []).map(cellText)
  const columns: ColumnMeaning[] = headers.map((header) => (header === '' ? { kind: 'ignored' } : recogniseHeader(header)))
  const seenIndicators = new Set<Indicator>()
  columns.forEach((column, index) => {
    const header = headers[index] ?? ''
    if (column.kind === 'unknown') {
      result.unknownColumns.push(header)
      result.tableProblems.push(problem('unknown-column', result.headerRow, { column: header }))
    } else if (column.kind === 'ignored' && header !== '') {
      result.ignoredColumns.push(header)
      result.tableProblems.push(problem('ignored-column', result.headerRow, { column: header }))
    } else if (column.kind === 'indicator') {
      // A second column for the same item is ignored so that one cell never silently overwrites another.
      if (seenIndicators.has(column.indicator)) {
        columns[index] = { kind: 'unknown' }
        result.unknownColumns.push(header)
        result.tableProblems.push(problem('unknown-column', result.headerRow, { column: header }))
      }
      seenIndicators.add(column.indicator)
    }
  })
  const findSection = sectionMatcher(sections)
  // Section → month → first row: nested so that no "section month" key string is made per row.
  const firstRowOf = new Map<string, Map<string, number>>()
  const internedMonths = new Map<string, string>()

  for (let index = headerIndex + 1; ; index++) {
    let cells: readonly unknown[]
    if (index < head.length) cells = head[index] ?? []
    else {
      const next = iterator.next()
      if (next.done) break
      cells = next.value
    }
    const rowNumber = index + 1
    if (cells.every((cell) => cellText(cell) === '')) continue
    result.read++
    let code = ''
    let name = ''
    let dateCell: unknown = null
    const values: Partial<Record<Indicator, Measurement>> = {}
    const cellProblems: RowProblem[] = []
    // Refused values are reported once the row's section and month are known, so the message names them.
    const refused: { code: ProblemCode; column: string; value: string; meant?: string }[] = []
    columns.forEach((column, columnIndex) => {
      const cell = cells[columnIndex]
      const text = cellText(cell)
      const header = headers[columnIndex] ?? ''
      if (column.kind === 'section-id') code = text
      else if (column.kind === 'section-name') name = text
      else if (column.kind === 'date') dateCell = typeof cell === 'string' ? cell.trim() : cell
      else if (column.kind === 'indicator') {
        const measurement = typeof cell === 'number' ? ({ kind: 'value', value: cell } as const) : parseMeasurement(text)
        if (measurement.kind === 'invalid') cellProblems.push(problem('invalid-value', rowNumber, { column: header, value: text }))
        else if (measurement.kind === 'value' && measurement.value < 0) refused.push({ code: 'negative-value', column: header, value: text })
        else if (measurement.kind === 'value' && likelyMicrograms(column.indicator, measurement.value) !== null) {
          const meant = String(Number((likelyMicrograms(column.indicator, measurement.value) as number).toPrecision(4)))
          refused.push({ code: 'unit-mismatch', column: header, value: text, meant })
        }
        else if (measurement.kind !== 'missing' || measurement.reason === 'stopped') {
          if (measurement.kind === 'below-detection' && measurement.detectionLimit === null) {
            cellProblems.push(problem('no-detection-limit', rowNumber, { column: header, value: text }))
          }
          values[column.indicator] = measurement
        }
      }
    })
    if (code === '' && name === '') {
      result.skipped.push(problem('missing-section', rowNumber))
      continue
    }
    const sectionId = findSection(code, name)
    if (sectionId === null) {
      result.skipped.push(problem('unknown-section', rowNumber, { value: code !== '' && name !== '' ? `${code} ${name}` : code || name }))
      continue
    }
    if (dateCell === null || dateCell === '') {
      result.skipped.push(problem('missing-date', rowNumber))
      continue
    }
    const parsedMonth = parseMonthCell(dateCell)
    if (parsedMonth === null) {
      result.skipped.push(problem('bad-date', rowNumber, { value: cellText(dateCell) }))
      continue
    }
    // One string per distinct month, shared by every row of that month.
    let month = internedMonths.get(parsedMonth)
    if (month === undefined) internedMonths.set(parsedMonth, (month = parsedMonth))
    const refusedProblems = refused.map(({ code: refusedCode, ...detail }) => problem(refusedCode, rowNumber, { ...detail, where: `${sectionId} ${month}` }))
    let monthsSeen = firstRowOf.get(sectionId)
    if (!monthsSeen) firstRowOf.set(sectionId, (monthsSeen = new Map()))
    const firstRow = monthsSeen.get(month)
    if (firstRow !== undefined) {
      result.skipped.push(problem('duplicate-row', rowNumber, { other: firstRow }))
      continue
    }
    if (Object.keys(values).length === 0) {
      // The cells that made the row empty are listed too, so the user can see what to correct.
      result.skipped.push(problem('no-values', rowNumber))
      result.cellProblems.push(...cellProblems, ...refusedProblems)
      continue
    }
    monthsSeen.set(month, rowNumber)
    if (onRecord) onRecord({ sectionId, month, values }, rowNumber)
    else {
      result.records.push({ sectionId, month, values })
      result.recordRows.push(rowNumber)
    }
    result.cellProblems.push(...cellProblems, ...refusedProblems)
  }
  return result
}

