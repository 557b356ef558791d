// The one entry point for planners' own files, shared by the UI and the tests. Pure: bytes in, WGS84
// GeoJSON and a report out, the same in Node and in the browser (no DOM, no fetch). Anything that stops
// the whole file throws an ImportError naming the file; nothing else escapes.
import { ImportError, ImportProblem, shortMessage } from './errors.ts'
import { normaliseCrs } from './crs/codes.ts'
import { detectFormat, type Format } from './detect-format.ts'
import { parseCsv } from './formats/csv.ts'
import { parseGeoJson } from './formats/geojson.ts'
import { parseKmlText, parseKmz } from './formats/kml.ts'
import { parseLoneShp, parseShapefileZip } from './formats/shapefile.ts'
import { parseXlsx } from './formats/xlsx.ts'
import { importLimits } from './limits.ts'
import { buildResult } from './pipeline.ts'
import { withFeatureStyles } from './feature-style.ts'
import type { ImportOptions, ImportResult, ParsedFile } from './types.ts'

export { ImportError } from './errors.ts'
export type { ImportErrorCode } from './errors.ts'
export type { ImportOptions, ImportReport, ImportResult, SkippedFeature } from './types.ts'
export { describeCrs, normaliseCrs } from './crs/codes.ts'
export { importLimits } from './limits.ts'

const parsers: Record<Format, (bytes: Uint8Array, name: string) => ParsedFile | Promise<ParsedFile>> = {
  geojson: parseGeoJson,
  kml: parseKmlText,
  kmz: parseKmz,
  'shapefile-zip': parseShapefileZip,
  shp: parseLoneShp,
  csv: parseCsv,
  xlsx: parseXlsx,
}

function layerName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}

/** Refuses a file over the size limit; the worker calls it with File.size before reading a byte. */
export function refuseOversized(length: number, maxBytes: number): void {
  if (length <= maxBytes) return
  const size = (length / 1048576).toFixed(1)
  const limit = (maxBytes / 1048576).toFixed(1)
  throw new ImportProblem('too-large', `文件有 ${size} MB，超过 ${limit} MB 的上限`, `the file is ${size} MB, over the ${limit} MB limit`)
}

async function run(name: string, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  refuseOversized(bytes.length, options.maxBytes ?? importLimits.maxBytes)
  if (bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d)) {
    throw new ImportProblem('empty', '文件是空的', 'the file is empty')
  }
  let crs: string | undefined
  if (options.crs !== undefined) {
    crs = normaliseCrs(options.crs)
    if (!crs) {
      throw new ImportProblem(
        'unknown-crs',
        `不认识的坐标系「${options.crs.slice(0, 40)}」；可用：WGS84、CGCS2000、GCJ02、BD09、EPSG:3857、EPSG:4528、EPSG:4529、EPSG:4549、EPSG:4550、GK:<中央经线>`,
        `unknown coordinate system "${options.crs.slice(0, 40)}"; use WGS84, CGCS2000, GCJ02, BD09, EPSG:3857, EPSG:4528/4529/4549/4550 or GK:<central meridian>`,
      )
    }
  }
  const detection = detectFormat(name, bytes)
  const parsed = await parsers[detection.format](bytes, layerName(name))
  parsed.warnings.unshift(...detection.warnings)
  const result = buildResult(parsed, crs, options.onProgress)
  // The file's own colours, checked (issue 12 item 5): only checked values may reach the map.
  const styles = withFeatureStyles(result.features)
  return { features: styles.collection, report: { ...result.report, warnings: [...result.report.warnings, ...styles.warnings], styled: styles.styled } }
}

/**
 * Import one file. `options.crs` overrides detection (syntax in crs/codes.ts); `options.maxBytes`
 * lowers the 50 MB size limit. Resolves to WGS84 features and a report, or rejects with ImportError.
 */
export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await run(name, bytes, options)
  } catch (error) {
    if (error instanceof ImportError) throw error
    if (error instanceof ImportProblem) throw new ImportError(error.code, name, error.messageZh, error.messageEn)
    // A library failed on input it did not expect: the file is damaged, not the app.
    throw new ImportError('malformed', name, `文件已损坏或格式不正确：${shortMessage(error)}`, `the file is damaged or not in the expected format: ${shortMessage(error)}`)
  }
}
