// Bounds an .xlsx before read-excel-file expands it. The library fills every gap between cells densely
// (one cell at XFD1048576 makes 17 billion) and copies a shared string once per reference, so the
// sheet XML is scanned first, byte by byte in one pass (no DOM, no text decoding of the whole sheet):
// the rows × columns the valued cells span, and the text the shared-string references expand to, are
// checked against importLimits before the library runs. ECMA-376 Part 1 §18.3.1.4 (c), §18.3.1.73
// (row), §18.4.8 (si).
import { ImportProblem } from '../errors.ts'
import { importLimits, refuseOver } from '../limits.ts'
import { readZip } from '../zip.ts'

const LESS = 0x3c
const GREATER = 0x3e
const SLASH = 0x2f
const QUOTE = 0x22
const APOSTROPHE = 0x27

export interface SheetSpan {
  rows: number
  columns: number
  /** Bytes of shared-string text the sheet's references expand to. */
  sharedTextBytes: number
}

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === GREATER || byte === SLASH || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/** Whether `bytes` at `at` holds `<name` followed by the end of the tag name. */
function opens(bytes: Uint8Array, at: number, name: string): boolean {
  for (let index = 0; index < name.length; index += 1) if (bytes[at + 1 + index] !== name.charCodeAt(index)) return false
  return isNameEnd(bytes[at + 1 + name.length])
}

/** The value of attribute `name` inside the tag [start, end), or undefined. */
function attribute(bytes: Uint8Array, start: number, end: number, name: string): string | undefined {
  for (let index = start; index < end - name.length - 2; index += 1) {
    const before = bytes[index - 1]
    if (before !== 0x20 && before !== 0x0a && before !== 0x0d && before !== 0x09) continue
    let match = true
    for (let offset = 0; offset < name.length && match; offset += 1) match = bytes[index + offset] === name.charCodeAt(offset)
    if (!match || bytes[index + name.length] !== 0x3d) continue
    const quote = bytes[index + name.length + 1]
    if (quote !== QUOTE && quote !== APOSTROPHE) continue
    let close = index + name.length + 2
    while (close < end && bytes[close] !== quote) close += 1
    // Attribute values of interest are short (a cell reference, a type letter): cap what is decoded.
    return String.fromCharCode(...bytes.subarray(index + name.length + 2, Math.min(close, index + name.length + 2 + 24)))
  }
  return undefined
}

/** Column and row of a reference like "XFD1048576"; letters are base 26 (A = 1). */
export function cellPosition(reference: string): { column: number; row: number } {
  let column = 0
  let index = 0
  for (; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) & ~0x20
    if (code < 0x41 || code > 0x5a) break
    column = column * 26 + (code - 0x40)
  }
  const row = Number(reference.slice(index))
  return { column, row: Number.isFinite(row) ? row : 0 }
}

function tagEnd(bytes: Uint8Array, from: number): number {
  let index = from
  while (index < bytes.length && bytes[index] !== GREATER) index += 1
  return index
}

/** Byte length of each shared string (<si> … </si>) in xl/sharedStrings.xml, in order. */
export function sharedStringLengths(bytes: Uint8Array | undefined): number[] {
  const lengths: number[] = []
  if (!bytes) return lengths
  let open = -1
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] !== LESS) continue
    if (opens(bytes, index, 'si')) open = index
    else if (bytes[index + 1] === SLASH && bytes[index + 2] === 0x73 && bytes[index + 3] === 0x69 && bytes[index + 4] === GREATER && open >= 0) {
      lengths.push(index - open)
      open = -1
    }
  }
  return lengths
}

/** The span of the valued cells of one sheet and the shared text they expand to; one pass. */
export function sheetSpan(sheet: Uint8Array, sharedLengths: readonly number[]): SheetSpan {
  let rows = 0
  let columns = 0
  let row = 0
  let column = 0
  let sharedTextBytes = 0
  let cellIsShared = false
  let cellRow = 0
  let cellColumn = 0
  let inCell = false
  for (let index = 0; index < sheet.length; index += 1) {
    if (sheet[index] !== LESS) continue
    if (opens(sheet, index, 'row')) {
      const end = tagEnd(sheet, index)
      const reference = attribute(sheet, index, end, 'r')
      row = reference ? cellPosition(reference).row : row + 1
      column = 0
      index = end
    } else if (opens(sheet, index, 'c')) {
      const end = tagEnd(sheet, index)
      const reference = attribute(sheet, index, end, 'r')
      const position = reference ? cellPosition(reference) : { column: column + 1, row }
      column = position.column
      cellColumn = position.column
      cellRow = position.row || row
      cellIsShared = attribute(sheet, index, end, 't') === 's'
      inCell = sheet[end - 1] !== SLASH
      index = end
    } else if (inCell && (opens(sheet, index, 'v') || opens(sheet, index, 'is'))) {
      // A cell with a value: it counts for the span, and a shared-string one for the text.
      rows = Math.max(rows, cellRow)
      columns = Math.max(columns, cellColumn)
      if (cellIsShared && sheet[index + 1] === 0x76) {
        let value = 0
        let cursor = tagEnd(sheet, index) + 1
        while (sheet[cursor] !== undefined && (sheet[cursor] as number) >= 0x30 && (sheet[cursor] as number) <= 0x39 && value < 1e12) {
          value = value * 10 + ((sheet[cursor] as number) - 0x30)
          cursor += 1
        }
        sharedTextBytes += sharedLengths[value] ?? 0
      }
      inCell = false
    }
  }
  return { rows, columns, sharedTextBytes }
}

/**
 * Inflates the workbook under the archive caps and checks every worksheet's span and shared text.
 * Returns the inflated entries; throws ImportProblem over a limit or when it is not a workbook.
 */
export function checkWorkbook(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = readZip(bytes, () => true)
  if (!entries.has('xl/workbook.xml')) {
    throw new ImportProblem('wrong-content', '压缩包不是 Excel 工作簿（缺少 xl/workbook.xml）', 'the archive is not an Excel workbook (no xl/workbook.xml)')
  }
  const shared = sharedStringLengths(entries.get('xl/sharedStrings.xml'))
  for (const [name, content] of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue
    const span = sheetSpan(content, shared)
    const sheet = name.replace(/^xl\/worksheets\//, '')
    const where = { zh: `工作表 ${sheet} 的`, en: `sheet ${sheet}: ` }
    refuseOver({ zh: '列', en: 'columns' }, span.columns, 16_384, where)
    refuseOver({ zh: '单元格（行×列）', en: 'cells (rows × columns)' }, span.rows * span.columns, importLimits.maxCells, where)
    if (span.sharedTextBytes > importLimits.maxSheetTextBytes) {
      const mb = (value: number) => (value / 1048576).toFixed(0)
      throw new ImportProblem(
        'too-large',
        `${where.zh}共享文本展开后有 ${mb(span.sharedTextBytes)} MB，超过上限 ${mb(importLimits.maxSheetTextBytes)} MB`,
        `${where.en}shared text expands to ${mb(span.sharedTextBytes)} MB, over the ${mb(importLimits.maxSheetTextBytes)} MB limit`,
      )
    }
  }
  return entries
}
