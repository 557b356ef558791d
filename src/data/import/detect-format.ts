// Decides the format from the extension AND the first bytes. When they disagree the content wins if it
// is unambiguous (a KMZ saved as .zip, an XLSX renamed .csv), with a warning; content that fits no
// format gets a clear message instead of a parser's stack trace.
import { ImportProblem, bilingual } from './errors.ts'
import { isShp } from './formats/shapefile.ts'
import { hasUtf16ByteOrderMark, looksBinary } from './text.ts'
import { isZip, listZip, usefulEntry } from './zip.ts'

export type Format = 'geojson' | 'kml' | 'kmz' | 'shapefile-zip' | 'shp' | 'csv' | 'xlsx'

export interface Detection {
  format: Format
  warnings: string[]
}

const byExtension: Record<string, Format> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  zip: 'shapefile-zip',
  shp: 'shp',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
}

const formatNames: Record<Format, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  kmz: 'KMZ',
  'shapefile-zip': 'Shapefile (zip)',
  shp: 'Shapefile',
  csv: 'CSV',
  xlsx: 'XLSX',
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(name.trim())
  return match ? (match[1] as string).toLowerCase() : ''
}

function zipKind(bytes: Uint8Array): Format | undefined {
  const names = listZip(bytes).map((entry) => entry.name).filter(usefulEntry)
  if (names.includes('xl/workbook.xml')) return 'xlsx'
  if (names.some((entry) => /\.shp$/i.test(entry))) return 'shapefile-zip'
  if (names.some((entry) => /\.kml$/i.test(entry))) return 'kmz'
  return undefined
}

function firstText(bytes: Uint8Array): string {
  const label = hasUtf16ByteOrderMark(bytes) ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8'
  return new TextDecoder(label).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart()
}

function mismatch(extension: string, format: Format): string {
  return bilingual(`扩展名是 .${extension}，但内容是 ${formatNames[format]}，已按内容读取`, `the extension is .${extension} but the content is ${formatNames[format]}; read by content`)
}

export function detectFormat(name: string, bytes: Uint8Array): Detection {
  const extension = extensionOf(name)
  const expected = byExtension[extension]
  const settle = (format: Format): Detection => ({ format, warnings: expected && expected !== format ? [mismatch(extension, format)] : [] })
  if (extension === 'xls' || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw new ImportProblem('wrong-content', '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入', 'legacy binary Excel (.xls) is not supported; save it as .xlsx in Excel')
  }
  if (extension === 'dbf' || extension === 'shx' || extension === 'prj' || extension === 'cpg') {
    throw new ImportProblem('unknown-format', `.${extension} 只是 Shapefile 的一部分，请把 .shp、.dbf、.prj、.cpg 一起压缩成 zip 导入`, `.${extension} is only part of a shapefile; zip the .shp, .dbf, .prj and .cpg together`)
  }
  if (isZip(bytes)) {
    const kind = zipKind(bytes)
    if (kind) return settle(kind)
    if (expected === 'kmz' || expected === 'xlsx' || expected === 'shapefile-zip') return { format: expected, warnings: [] }
    throw new ImportProblem('unknown-format', 'ZIP 压缩包里没有 Shapefile、KML 或 Excel 工作簿', 'the ZIP holds no shapefile, KML or Excel workbook')
  }
  if (isShp(bytes)) return settle('shp')
  const head = firstText(bytes)
  if (!looksBinary(bytes)) {
    if (/^<(!doctype\s+html|html)/i.test(head)) {
      throw new ImportProblem('wrong-content', '文件内容是网页（HTML），不是地图数据；若来自业务系统的“导出 Excel”，请用 Excel 打开后另存为 .xlsx', 'the content is a web page (HTML), not map data; if a system exported it as Excel, open it in Excel and save as .xlsx')
    }
    if (head.startsWith('{') || head.startsWith('[')) return settle('geojson')
    if (head.startsWith('<')) return settle('kml')
    if (expected === 'geojson' || expected === 'kml') return { format: expected, warnings: [] }
    if (expected === 'csv' || !expected) return settle('csv')
    return settle('csv')
  }
  if (expected) {
    throw new ImportProblem('wrong-content', `扩展名是 .${extension}，但内容是无法识别的二进制数据（文件可能已损坏）`, `the extension is .${extension} but the content is unrecognised binary data (the file may be damaged)`)
  }
  throw new ImportProblem('unknown-format', '无法识别的文件类型；支持 GeoJSON、KML/KMZ、zip 压缩的 Shapefile、CSV 和 XLSX', 'unknown file type; supported: GeoJSON, KML/KMZ, zipped Shapefile, CSV and XLSX')
}
