// Loading and parsing of monitoring tables (issue #3): the app's monthly.csv and imports of real tables.
export { parseMonthlyCsv, type MonthlyCsv } from './monthly-csv.ts'
export { problem, type ProblemCode, type RowProblem } from './problems.ts'
export { parseMonthCell } from './dates.ts'
export { recogniseHeader, normaliseHeader, type ColumnMeaning } from './headers.ts'
export { decodeTableText, type TextEncodingName } from './decode.ts'
export { readTableRows, type SectionReference, type TableReadResult } from './table-records.ts'
export { importMonitoringTable, summariseImport, type ImportReport, type ImportResult } from './import-table.ts'
