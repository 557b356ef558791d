/**
 * Import of a real monitoring table (CSV in GBK or UTF-8, or XLSX) into monthly records, with a report
 * of what was kept and, row by row, what was skipped and why. Runs in Node and in the browser.
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { csvRows } from './csv-rows.ts'
import { decodeTableText, type TextEncodingName } from './decode.ts'
import { problem, type RowProblem } from './problems.ts'
import { importLimits } from '@/data/import/limits.ts'
import { readTableRows, type SectionReference, type TableReadResult } from './table-records.ts'

/** Skipped rows and notes listed in a report, as for a geometry import (the rest are counted). */
export const LISTED_PROBLEMS = importLimits.maxListedSkips

export interface ImportReport {
  fileName: string
  format: 'csv' | 'xlsx' | null
  /** Text encoding of a CSV file. */
  encoding: TextEncodingName | null
  /** Non-empty data rows read below the header. */
  read: number
  /** Rows kept as records. */
  kept: number
  /**
   * Rows not kept: spreadsheet row number, stable code, Chinese reason and its English equivalent. The
   * first LISTED_PROBLEMS only: a table of a million bad rows must not become a million objects to post,
   * store and draw (issue 15 §2); `skippedCount` counts them all.
   */
  skipped: RowProblem[]
  skippedCount: number
  /** Every other finding (table-level and cell-level), structured, Chinese and English; the first LISTED_PROBLEMS. */
  notes: RowProblem[]
  notesCount: number
  /** The Chinese messages of `notes`, for a plain list in the UI. */
  warnings: string[]
  /** Headers that were not recognised, once each, as written in the file. */
  unknownColumns: string[]
  /** Headers recognised but not used for the class (水温, 序号 …). */
  ignoredColumns: string[]
}

export interface ImportResult {
  records: MonitoringRecord[]
  report: ImportReport
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

function emptyReport(fileName: string, format: ImportReport['format'], found: RowProblem): ImportResult {
  return {
    records: [],
    report: { fileName, format, encoding: null, read: 0, kept: 0, skipped: [], skippedCount: 0, notes: [found], notesCount: 1, warnings: [found.reason], unknownColumns: [], ignoredColumns: [] },
  }
}

function reportOf(fileName: string, format: 'csv' | 'xlsx', encoding: TextEncodingName | null, table: TableReadResult): ImportResult {
  const allNotes = [...table.tableProblems, ...table.cellProblems]
  const notes = allNotes.slice(0, LISTED_PROBLEMS)
  return {
    records: table.records,
    report: {
      fileName,
      format,
      encoding,
      read: table.read,
      kept: table.records.length,
      skipped: table.skipped.slice(0, LISTED_PROBLEMS),
      skippedCount: table.skipped.length,
      notes,
      notesCount: allNotes.length,
      warnings: notes.map((note) => note.reason),
      unknownColumns: table.unknownColumns,
      ignoredColumns: table.ignoredColumns,
    },
  }
}

/**
 * Reads a CSV (.csv, .txt) or XLSX (.xlsx) table. Sections are matched by code or by name; rows of
 * unknown sections, with bad or missing dates, duplicates of an earlier row (same section and month) or
 * without any valid value are skipped and listed; good rows are kept. Never throws for a bad file: an
 * unreadable file gives no records and one note saying why.
 */
export async function importMonitoringTable(fileName: string, bytes: Uint8Array, sections: readonly SectionReference[]): Promise<ImportResult> {
  const extension = extensionOf(fileName)
  if (extension === 'csv' || extension === 'txt') {
    const { text, encoding } = decodeTableText(bytes)
    return reportOf(fileName, 'csv', encoding, readTableRows(csvRows(text), sections))
  }
  if (extension === 'xlsx') {
    let rows: unknown[][]
    try {
      // The XLSX reader (read-excel-file, fflate) loads on the first spreadsheet, not with the app (issue 15 §1).
      const { xlsxRows } = await import('./xlsx-rows.ts')
      rows = await xlsxRows(bytes)
    } catch (error) {
      return emptyReport(fileName, 'xlsx', problem('unreadable-file', 0, { value: error instanceof Error ? error.message : String(error) }))
    }
    return reportOf(fileName, 'xlsx', null, readTableRows(rows, sections))
  }
  return emptyReport(fileName, null, problem('unsupported-file', 0, { value: extension === '' ? fileName : `.${extension}` }))
}

/** "读取 11 行，导入 6 行，跳过 5 行" — one line for the import dialog. */
export function summariseImport(report: ImportReport, language: 'zh' | 'en' = 'zh'): string {
  const skipped = report.skippedCount
  return language === 'zh'
    ? `${report.fileName}：读取 ${report.read} 行，导入 ${report.kept} 行，跳过 ${skipped} 行`
    : `${report.fileName}: read ${report.read} rows, imported ${report.kept}, skipped ${skipped}`
}
