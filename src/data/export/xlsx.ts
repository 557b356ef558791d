// XLSX export for Excel and WPS: the smallest valid SpreadsheetML package (ECMA-376 Part 1; six parts) with
// one sheet, zipped with fflate. Same rows and columns as the CSV export; values are written as values,
// never as formulas, and formula-like text is neutralised the same way (see xlsx-cells.ts). The header row is
// bold and frozen. Output bytes depend only on the input (fixed zip timestamps), so exports are reproducible.
import { strToU8, zipSync } from 'fflate'
import { columnsOf, rowsOf, valueOf, type ExportInput } from './rows.ts'
import { cellXml, columnName, escapeXml, stringCellXml } from './xlsx-cells.ts'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** Excel's sheet limits ("Excel specifications and limits"): the file would not open beyond them. */
export const MAX_ROWS = 1_048_576
export const MAX_COLUMNS = 16_384
const DEFAULT_SHEET_NAME = '数据'

export interface XlsxOptions {
  /** Which columns, in which order; by default every key seen, in first-seen order (as toCsv). */
  columns?: string[]
  /** Header texts shown instead of the column keys (same order as the columns); missing ones fall back to the key. */
  headings?: string[]
  sheetName?: string
}

/**
 * A sheet name Excel accepts: no [ ] : * ? / \ or control characters, not starting or ending with an
 * apostrophe, not the reserved "History", at most 31 characters, never empty.
 */
export function sanitiseSheetName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  let clean = (name ?? '').replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ').trim().replace(/^'+|'+$/g, '').trim()
  if (clean.length > 31) clean = clean.slice(0, /[\uD800-\uDBFF]/.test(clean[30]!) ? 30 : 31).trim()
  return clean === '' || clean.toLowerCase() === 'history' ? DEFAULT_SHEET_NAME : clean
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>'
// Style 0: normal; style 1: bold (the header). Excel expects the two built-in fills (none, gray125) first.
const STYLES =
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

function sheetXml(header: string[], headings: string[], body: unknown[][]): string {
  const lastReference = `${columnName(Math.max(header.length, 1) - 1)}${body.length + 1}`
  const headerCells = header.map((column, index) => stringCellXml(`${columnName(index)}1`, headings[index] ?? column, 1)).join('')
  const rows = [`<row r="1">${headerCells}</row>`]
  body.forEach((values, rowIndex) => {
    const rowNumber = rowIndex + 2
    const cells = values.map((value, index) => cellXml(`${columnName(index)}${rowNumber}`, value)).join('')
    if (cells !== '') rows.push(`<row r="${rowNumber}">${cells}</row>`)
  })
  const frozenHeader = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
  return `<worksheet xmlns="${MAIN}"><dimension ref="A1:${lastReference}"/>${frozenHeader}<sheetData>${rows.join('')}</sheetData></worksheet>`
}

/** The package's parts as text, by part name (exposed for tests that inspect the XML). */
export function xlsxParts(input: ExportInput, options: XlsxOptions = {}): Record<string, string> {
  const rows = rowsOf(input)
  const header = columnsOf(rows, options.columns)
  if (rows.length + 1 > MAX_ROWS) throw new RangeError(`XLSX export: ${rows.length} rows exceed Excel's ${MAX_ROWS - 1} data rows`)
  if (header.length > MAX_COLUMNS) throw new RangeError(`XLSX export: ${header.length} columns exceed Excel's ${MAX_COLUMNS}`)
  const body = rows.map((row) => header.map((column) => valueOf(row, column)))
  const sheetName = escapeXml(sanitiseSheetName(options.sheetName))
  return {
    '[Content_Types].xml': XML + CONTENT_TYPES,
    '_rels/.rels': `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${OFFICE_RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': XML + STYLES,
    'xl/worksheets/sheet1.xml': XML + sheetXml(header, options.headings ?? [], body),
  }
}

/**
 * An .xlsx workbook (bytes) from plain rows or from features (their properties, plus 经度/纬度 for points).
 * Throws a RangeError beyond Excel's row or column limits rather than writing a file Excel cannot open.
 */
export function toXlsx(input: ExportInput, options: XlsxOptions = {}): Uint8Array {
  // A fixed timestamp keeps the bytes identical for identical input (zip entries carry a modification time).
  const mtime = new Date(Date.UTC(2020, 0, 1))
  const parts = xlsxParts(input, options)
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, [strToU8(text), { mtime }]])))
}
