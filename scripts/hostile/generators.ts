/**
 * The second hostile corpus (issue #14 §9): the worst case of each class of unbounded work, generated in
 * memory so that the repository stays small (some inflate to hundreds of MB or would to billions of cells).
 * Used by tests/unit/hostile-limits.test.ts (importFile in Node) and tests/browser/import-worker.test.ts
 * (the import centre). `npx tsx scripts/hostile/write.ts <dir>` writes them to files for manual trials.
 * Not product code.
 */
import { strToU8, zipSync } from 'fflate'
import { writeShp, writeDbf } from '../fixtures/shapefile-writer.ts'
import { xlsxFiles } from '../fixtures/xlsx-writer.ts'

export interface HostileCase {
  file: string
  /** The class of issue #14 it stands for. */
  about: string
  bytes: () => Uint8Array
  expect: 'refused' | 'imported'
  /** A pattern the refusal message (Chinese part) must match: it names the limit and the value. */
  message?: RegExp
  /** For imported files: a warning that must be given. */
  warning?: RegExp
  features?: number
}

const mtime = new Date(Date.UTC(2020, 0, 1))
const zip = (files: Record<string, Uint8Array>) => zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime }]])))

/** A .shp of one record with raw content (shape type + body), behind a valid file header. */
function rawShp(shapeType: number, body: Uint8Array): Uint8Array {
  const length = 100 + 8 + 4 + body.length
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  view.setInt32(0, 9994)
  view.setInt32(24, length / 2)
  view.setInt32(28, 1000, true)
  view.setInt32(32, shapeType, true)
  view.setInt32(100, 1)
  view.setInt32(104, (4 + body.length) / 2)
  view.setInt32(108, shapeType, true)
  bytes.set(body, 112)
  return bytes
}

/** PolyLine/Polygon body: bbox, part count, point count, part indexes, points. */
function partsBody(parts: number[], points: number[][]): Uint8Array {
  const body = new Uint8Array(40 + parts.length * 4 + points.length * 16)
  const view = new DataView(body.buffer)
  view.setFloat64(0, 121.4, true)
  view.setFloat64(8, 30.8, true)
  view.setFloat64(16, 121.6, true)
  view.setFloat64(24, 31, true)
  view.setInt32(32, parts.length, true)
  view.setInt32(36, points.length, true)
  parts.forEach((start, index) => view.setInt32(40 + index * 4, start, true))
  points.forEach(([x, y], index) => {
    view.setFloat64(40 + parts.length * 4 + index * 16, x as number, true)
    view.setFloat64(48 + parts.length * 4 + index * 16, y as number, true)
  })
  return body
}

function alternatingParts(): Uint8Array {
  const points = Array.from({ length: 10_000 }, (_, index) => [121.4 + index * 1e-5, 30.9])
  const parts = Array.from({ length: 20_000 }, (_, index) => (index % 2 === 0 ? 0 : 10_000))
  return zip({ 'layer.shp': rawShp(3, partsBody(parts, points)) })
}

function manyRings(rings: number): Uint8Array {
  const points: number[][] = []
  const parts: number[] = []
  for (let ring = 0; ring < rings; ring += 1) {
    parts.push(points.length)
    const x = 121.4 + (ring % 500) * 1e-4
    const y = 30.8 + Math.floor(ring / 500) * 1e-4
    points.push([x, y], [x, y + 5e-5], [x + 5e-5, y + 5e-5], [x, y])
  }
  return zip({ 'layer.shp': rawShp(5, partsBody(parts, points)) })
}

/** One point with a .dbf whose record length is 1 and whose header claims 1.6 million records. */
function dbfRecordLengthOne(wideFields: boolean): Uint8Array {
  const { shp } = writeShp([{ type: 'Point', coordinates: [121.47, 30.92] }])
  const fields = wideFields ? [{ name: 'A', type: 'C' as const, length: 254 }, { name: 'B', type: 'C' as const, length: 254 }] : []
  const header = writeDbf(fields, [], 'utf-8').subarray(0, 32 + 32 * fields.length + 1)
  const records = 1_600_000
  const dbf = new Uint8Array(header.length + records)
  dbf.set(header)
  const view = new DataView(dbf.buffer)
  view.setUint32(4, records, true)
  view.setUint16(10, 1, true)
  dbf.fill(0x20, header.length)
  return zip({ 'layer.shp': shp, 'layer.dbf': dbf })
}

function sheetWith(sheetData: string, shared?: string): Uint8Array {
  const files = xlsxFiles([['经度', '纬度'], [121.47, 30.92]])
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  files['xl/worksheets/sheet1.xml'] = strToU8(`${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`)
  if (shared !== undefined) files['xl/sharedStrings.xml'] = strToU8(shared)
  return zip(files)
}

const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>经度</t></is></c><c r="B1" t="inlineStr"><is><t>纬度</t></is></c></row>'
const point = (row: number) => `<row r="${row}"><c r="A${row}"><v>121.47</v></c><c r="B${row}"><v>30.92</v></c></row>`

function sharedStringBomb(): Uint8Array {
  const big = 'a'.repeat(9 * 1024 * 1024)
  const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${big}</t></si></sst>`
  let rows = header.replace('</row>', '<c r="C1" t="inlineStr"><is><t>备注</t></is></c></row>')
  for (let row = 2; row <= 20_001; row += 1) rows += `<row r="${row}"><c r="A${row}"><v>121.47</v></c><c r="B${row}"><v>30.92</v></c><c r="C${row}" t="s"><v>0</v></c></row>`
  return sheetWith(rows, shared)
}

function strayColumnSheet(rows: number): Uint8Array {
  let data = header.replace('</row>', '<c r="XFD1"><v>1</v></c></row>')
  for (let row = 2; row <= rows; row += 1) data += point(row)
  return sheetWith(data)
}

/** Letters that deflate about 100:1 when repeated: a 16 KB pseudo-random block (under the ratio check of 200:1). */
function paddingBlock(): string {
  let state = 7
  let block = ''
  for (let index = 0; index < 16_384; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    block += String.fromCharCode(97 + (state % 26))
  }
  return block
}

function kmzInflatingPastLimit(): Uint8Array {
  const padding = paddingBlock().repeat((60 * 1024 * 1024) / 16_384)
  return zip({ 'doc.kml': strToU8(`<kml><Placemark><Point><coordinates>121.47,30.92</coordinates></Point></Placemark><!--${padding}--></kml>`) })
}

/** 2,100,000 gx:coord in 48 MB of KML: under the file size limit, over the vertex limit. */
function gxTrack(): Uint8Array {
  const coords = '<gx:coord>0 0</gx:coord>'.repeat(2_100_000)
  return strToU8(`<kml xmlns:gx="http://www.google.com/kml/ext/2.2"><Placemark><gx:Track>${coords}</gx:Track></Placemark></kml>`)
}

/** A KMZ whose central directory lists one entry while 3,000 local entries are present. */
function hiddenEntries(): Uint8Array {
  const files: Record<string, Uint8Array> = { 'doc.kml': strToU8('<kml><Placemark><Point><coordinates>121.47,30.92</coordinates></Point></Placemark></kml>') }
  for (let index = 0; index < 3_000; index += 1) files[`x/${index}.txt`] = strToU8('x')
  const full = zip(files)
  const view = new DataView(full.buffer, full.byteOffset, full.byteLength)
  const end = full.length - 22
  const directory = view.getUint32(end + 16, true)
  const firstLength = 46 + view.getUint16(directory + 28, true) + view.getUint16(directory + 30, true) + view.getUint16(directory + 32, true)
  const out = new Uint8Array(directory + firstLength + 22)
  out.set(full.subarray(0, directory + firstLength))
  out.set(full.subarray(end, end + 22), directory + firstLength)
  const outView = new DataView(out.buffer)
  outView.setUint16(directory + firstLength + 8, 1, true)
  outView.setUint16(directory + firstLength + 10, 1, true)
  outView.setUint32(directory + firstLength + 12, firstLength, true)
  return out
}

function encryptedZip(): Uint8Array {
  const { shp } = writeShp([{ type: 'Point', coordinates: [121.47, 30.92] }])
  const bytes = zip({ 'layer.shp': shp })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const directory = view.getUint32(bytes.length - 22 + 16, true)
  view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true)
  view.setUint16(6, view.getUint16(6, true) | 1, true)
  return bytes
}

function skippedRows(count: number): Uint8Array {
  const lines = ['name,lon,lat', 'good,121.47,30.92']
  for (let index = 0; index < count; index += 1) lines.push(`bad${index},,`)
  return strToU8(lines.join('\n'))
}

function selfCrossingPolygons(count: number, vertices: number): Uint8Array {
  const features = Array.from({ length: count }, (_, feature) => {
    const ring: number[][] = []
    for (let index = 0; index < vertices; index += 1) {
      // A zigzag that crosses itself many times.
      const t = index / vertices
      ring.push([121.4 + feature * 0.01 + t * 0.01, 30.9 + (index % 2 === 0 ? 0.005 : -0.005) * Math.sin(t * 40)])
    }
    ring.push(ring[0] as number[])
    return { type: 'Feature', properties: { n: feature }, geometry: { type: 'Polygon', coordinates: [ring] } }
  })
  return strToU8(JSON.stringify({ type: 'FeatureCollection', features }))
}

function manyFeatures(count: number): Uint8Array {
  const feature = '{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[121.47,30.92]}}'
  return strToU8(`{"type":"FeatureCollection","features":[${Array.from({ length: count }, () => feature).join(',')}]}`)
}

function manyProperties(count: number): Uint8Array {
  const properties = Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, index]))
  return strToU8(JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [121.47, 30.92] } }))
}

export const hostileCases: HostileCase[] = [
  { file: 'shp-alternating-parts.zip', about: 'part indexes [0, N, 0, N, …]: 10⁸ positions from 10,000 points', bytes: alternatingParts, expect: 'refused', message: /部件索引无效/ },
  { file: 'shp-200000-rings.zip', about: 'one polygon of 200,000 rings (quadratic ring assignment)', bytes: () => manyRings(200_000), expect: 'refused', message: /单个面的环有 200,000 个，超过.*2,000/ },
  { file: 'shp-2000-rings.zip', about: 'the largest allowed polygon: 2,000 rings', bytes: () => manyRings(2_000), expect: 'imported', features: 1 },
  { file: 'dbf-record-length-1.zip', about: 'record length 1, no fields, 1.6 million records declared', bytes: () => dbfRecordLengthOne(false), expect: 'imported', features: 1, warning: /\.dbf 已损坏/ },
  { file: 'dbf-wide-fields.zip', about: '254-byte fields in records of 1 byte', bytes: () => dbfRecordLengthOne(true), expect: 'imported', features: 1, warning: /\.dbf 已损坏/ },
  { file: 'xlsx-cell-xfd1048576.xlsx', about: 'one cell at XFD1048576', bytes: () => sheetWith(`${header}${point(2)}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`), expect: 'refused', message: /单元格（行×列）有 17,179,869,184 个/ },
  { file: 'xlsx-row-2e9.xlsx', about: '<row r="2000000000">', bytes: () => sheetWith(`${header}${point(2)}<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>`), expect: 'refused', message: /单元格（行×列）有 4,000,000,000 个/ },
  { file: 'xlsx-column-zzzzzz.xlsx', about: 'a cell in column ZZZZZZ', bytes: () => sheetWith(`${header}<row r="2"><c r="A2"><v>121.47</v></c><c r="B2"><v>30.92</v></c><c r="ZZZZZZ2"><v>1</v></c></row>`), expect: 'refused', message: /列有 321,272,406 个/ },
  { file: 'xlsx-shared-string-bomb.xlsx', about: 'one 9 MB shared string used by 20,000 rows', bytes: sharedStringBomb, expect: 'refused', message: /共享文本展开后有 180000 MB/ },
  { file: 'xlsx-stray-xfd-cell.xlsx', about: 'one stray cell in column XFD of a small table', bytes: () => strayColumnSheet(50), expect: 'imported', features: 49, warning: /16381 个没有表头也没有数值的空列已忽略|空列已忽略/ },
  { file: 'kmz-inflates-60mb.kmz', about: 'a KMZ whose document inflates past the 50 MB file limit', bytes: kmzInflatingPastLimit, expect: 'refused', message: /解压后超过 50 MB 上限/ },
  { file: 'kml-gx-track-2.1e6.kml', about: 'a gx:Track of 2,100,000 gx:coord', bytes: gxTrack, expect: 'refused', message: /顶点有 2,100,000 个，超过.*2,000,000/ },
  { file: 'kmz-hidden-entries.kmz', about: 'the directory lists 1 entry, 3,001 are present', bytes: hiddenEntries, expect: 'refused', message: /文件超过 2000 个/ },
  { file: 'encrypted.zip', about: 'a password-protected zip', bytes: encryptedZip, expect: 'refused', message: /已加密/ },
  { file: 'skipped-130000.csv', about: '130,000 rows without coordinates and one good row', bytes: () => skippedRows(130_000), expect: 'imported', features: 1 },
  { file: 'header-300000-paren.csv', about: 'a header cell of 300,000 "("', bytes: () => strToU8(`${'('.repeat(300_000)},lon,lat\nx,121.47,30.92\n`), expect: 'refused', message: /表头第 1 列有字符有 300,000 个/ },
  { file: 'kinks-20x2000.geojson', about: '20 self-crossing polygons of 2,000 vertices', bytes: () => selfCrossingPolygons(20, 2_000), expect: 'imported', features: 20, warning: /未做自相交检查/ },
  { file: 'features-500001.geojson', about: '500,001 features', bytes: () => manyFeatures(500_001), expect: 'refused', message: /要素有 500,001 个/ },
  { file: 'properties-1001.geojson', about: 'one feature with 1,001 properties', bytes: () => manyProperties(1_001), expect: 'refused', message: /属性有 1,001 个/ },
]
