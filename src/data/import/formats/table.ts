// Rows of a CSV or XLSX sheet become point features. The first non-empty row is the header. Row numbers
// in the report are 1-based and count rows as a spreadsheet shows them (the header is row 1 when the
// sheet starts at the top), so a planner can find the row in Excel.
import { ImportProblem, bilingual } from '../errors.ts'
import { importLimits, refuseOver } from '../limits.ts'
import { crsHintFromText } from '../crs/hints.ts'
import { acceptedColumnNames, columnsSwapped, findCoordinateColumns, readCoordinate } from './coordinate-columns.ts'
import type { RawLayer } from '../types.ts'

export type Cell = string | number | boolean | Date | null | undefined

function isEmptyRow(row: Cell[]): boolean {
  return row.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))
}

function uniqueHeaders(row: Cell[]): string[] {
  const seen = new Map<string, number>()
  return row.map((cell, index) => {
    const base = cell === null || cell === undefined || String(cell).trim() === '' ? `列${index + 1}` : String(cell).trim()
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count ? `${base}_${count + 1}` : base
  })
}

/** Numbers in text cells become numbers only when nothing is lost (no leading zeros, no grouping). */
function cellValue(cell: Cell): unknown {
  if (cell === undefined || cell === null) return null
  if (cell instanceof Date) return cell
  if (typeof cell !== 'string') return cell
  const text = cell.trim()
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text)) return Number(text)
  return cell
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

/**
 * Columns worth keeping: a header or at least one value. A stray cell far to the right (column XFD)
 * leaves thousands of blank columns between, which would become blank properties of every feature.
 * O(rows × columns), which the sheet's cell limit and the file size bound.
 */
function usedColumns(rows: Cell[][], headerIndex: number): number[] {
  const header = rows[headerIndex] as Cell[]
  let width = 0
  for (let index = headerIndex; index < rows.length; index += 1) width = Math.max(width, (rows[index] as Cell[]).length)
  const used = new Uint8Array(width)
  header.forEach((cell, column) => {
    if (!isBlank(cell)) used[column] = 1
  })
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index] as Cell[]
    for (let column = 0; column < row.length; column += 1) if (!used[column] && !isBlank(row[column])) used[column] = 1
  }
  const kept: number[] = []
  used.forEach((flag, column) => {
    if (flag) kept.push(column)
  })
  return kept
}

/** Header cells are names: a very long one is refused before it is normalised or compared. */
function checkHeaderLengths(header: Cell[]): void {
  header.forEach((cell, column) => {
    const length = typeof cell === 'string' ? cell.length : 0
    refuseOver({ zh: '字符', en: 'characters' }, length, importLimits.maxHeaderLength, { zh: `表头第 ${column + 1} 列有`, en: `header of column ${column + 1}: ` })
  })
}

export function tableToLayer(source: Cell[][], layerName: string, fileName: string): RawLayer {
  const headerIndex = source.findIndex((row) => !isEmptyRow(row))
  if (headerIndex === -1) throw new ImportProblem('empty', '表格是空的', 'the table is empty')
  refuseOver({ zh: '数据行', en: 'data rows' }, source.length - headerIndex - 1, importLimits.maxFeatures)
  checkHeaderLengths(source[headerIndex] as Cell[])
  const kept = usedColumns(source, headerIndex)
  refuseOver({ zh: '列（属性）', en: 'columns (properties)' }, kept.length, importLimits.maxProperties)
  const width = source.reduce((most, row) => Math.max(most, row.length), 0)
  const rows = kept.length === width ? source : source.map((row) => kept.map((column) => row[column]))
  const headers = uniqueHeaders(rows[headerIndex] as Cell[])
  const columns = findCoordinateColumns(headers)
  if (!columns) {
    const found = headers.slice(0, 12).join('、')
    throw new ImportProblem(
      'no-coordinates',
      `找不到坐标列。表头为：${found}；可用的列名：经度/纬度、lon/lat、lng/lat、longitude/latitude、X/Y、x坐标/y坐标`,
      `no coordinate columns found among: ${found}; accepted names: ${acceptedColumnNames.join(', ')}`,
    )
  }
  const layer: RawLayer = { name: layerName, features: [], skipped: [], warnings: [] }
  if (kept.length < width) {
    const dropped = width - kept.length
    layer.warnings.push(bilingual(`${dropped} 个没有表头也没有数值的空列已忽略`, `${dropped} empty columns (no header, no value) were ignored`))
  }
  const hint = crsHintFromText(`${headers[columns.x]} ${headers[columns.y]}`) ?? crsHintFromText(fileName)
  if (hint) layer.hintedCrs = hint
  const located: { x: number; y: number; row: number; cells: Cell[] }[] = []
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const cells = rows[index] as Cell[]
    const row = index + 1
    if (isEmptyRow(cells)) continue
    const x = readCoordinate(cells[columns.x])
    const y = readCoordinate(cells[columns.y])
    if (x === undefined || y === undefined) {
      layer.skipped.push({ index: row, indexKind: 'row', reason: bilingual('缺少坐标', 'no coordinates') })
    } else if (!Number.isFinite(x) || !Number.isFinite(y)) {
      layer.skipped.push({ index: row, indexKind: 'row', reason: bilingual('坐标不是数字', 'coordinates are not numbers') })
    } else {
      located.push({ x, y, row, cells })
    }
  }
  const swapped = columnsSwapped(columns.kind, located.map((item) => item.x), located.map((item) => item.y))
  if (swapped) layer.warnings.push(swapped)
  for (const { x, y, row, cells } of located) {
    const properties: Record<string, unknown> = {}
    headers.forEach((header, column) => define(properties, header, cellValue(cells[column])))
    const coordinates = swapped ? [y, x] : [x, y]
    layer.features.push({ geometry: { type: 'Point', coordinates }, properties, index: row, indexKind: 'row' })
  }
  return layer
}
