// XLSX (Office Open XML spreadsheets) through read-excel-file's universal build, which runs in Node and
// in the browser. The archive is first checked by zip.ts, because the library itself would inflate a
// zip bomb without limits. Only the first sheet is read; legacy binary .xls is refused with advice.
import { readSheet } from 'read-excel-file/universal'
import { ImportProblem, bilingual, shortMessage } from '../errors.ts'
import { checkWorkbook } from './xlsx-guard.ts'
import { tableToLayer, type Cell } from './table.ts'
import type { ParsedFile } from '../types.ts'

export function isXlsxArchive(entries: Iterable<string>): boolean {
  for (const entry of entries) if (entry === 'xl/workbook.xml') return true
  return false
}

export async function parseXlsx(bytes: Uint8Array, name: string): Promise<ParsedFile> {
  // Inflates every entry once under the caps and bounds the sheets' cells and shared text; the library
  // then reads an archive known to be safe.
  const entries = checkWorkbook(bytes)
  let rows: Cell[][]
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    rows = (await readSheet(buffer)) as Cell[][]
  } catch (error) {
    throw new ImportProblem('malformed', `Excel 文件无法读取：${shortMessage(error)}`, `the Excel file could not be read: ${shortMessage(error)}`)
  }
  const layer = tableToLayer(rows, name, name)
  const sheets = [...entries.keys()].filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry)).length
  const warnings = sheets > 1 ? [bilingual(`工作簿有 ${sheets} 个工作表，只读取了第一个`, `the workbook has ${sheets} sheets; only the first was read`)] : []
  return { format: 'XLSX', layers: [layer], warnings }
}
