/**
 * First sheet of an .xlsx file as rows of cells, via read-excel-file's `universal` entry (reads an
 * ArrayBuffer in both Node and the browser; dates come back as Date objects, numbers as numbers).
 */
import { readSheet } from 'read-excel-file/universal'
import { checkWorkbook } from '@/data/import/formats/xlsx-guard.ts'

export async function xlsxRows(bytes: Uint8Array): Promise<unknown[][]> {
  // The archive and sheet caps of the geometry importer apply here too (a table is expanded densely).
  checkWorkbook(bytes)
  // Copy into a fresh ArrayBuffer: `bytes` may be a view on a larger (or shared) buffer.
  const buffer = bytes.slice().buffer as ArrayBuffer
  const rows = await readSheet(buffer)
  return rows.map((row) => [...row])
}
