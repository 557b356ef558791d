/**
 * Parser of the app's own monitoring table geodata/water/monthly.csv (header `section_id,month,<codes>`,
 * see geodata/water/README.md). Section ids are taken as written; checking them against the section
 * register is the caller's job (or use importMonitoringTable).
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { eachCsvRow } from './csv-rows.ts'
import type { RowProblem } from './problems.ts'
import { readTableRows } from './table-records.ts'

export interface MonthlyCsv {
  records: MonitoringRecord[]
  /** Every problem: table-level first, then skipped rows and ignored cells, by row. */
  problems: RowProblem[]
}

/** With `onRecord`, records are handed over one by one and `records` stays empty (see readTableRows). */
export function parseMonthlyCsv(text: string, onRecord?: (record: MonitoringRecord) => void): MonthlyCsv {
  const table = readTableRows(eachCsvRow(text.replace(/^\uFEFF/, '')), null, onRecord)
  const rowProblems = [...table.skipped, ...table.cellProblems].sort((a, b) => a.row - b.row)
  return { records: table.records, problems: [...table.tableProblems, ...rowProblems] }
}
