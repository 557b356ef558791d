// Exports of imported or built-in layers: GeoJSON (WGS84), and CSV and XLSX for Excel (formula-like
// cells neutralised by one shared rule, neutraliseFormula).
export { toGeoJson } from './geojson.ts'
export { csvCell, toCsv } from './csv.ts'
export { toXlsx, xlsxParts, sanitiseSheetName, XLSX_MIME, type XlsxOptions } from './xlsx.ts'
export { MAX_CELL_CHARACTERS, TRUNCATION_MARK } from './xlsx-cells.ts'
export { neutraliseFormula } from './formula.ts'
export { rowsOf, columnsOf, type ExportRow, type ExportInput } from './rows.ts'
export { dataUrlBytes, zipFiles, ZIP_MIME } from './png-zip.ts'
