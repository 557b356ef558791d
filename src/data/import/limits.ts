// Caps that keep a hostile or accidental file from freezing the tab or exhausting memory. Every cap is
// checked BEFORE the work it bounds (counted from headers, offsets, cell references or a cheap scan of
// the text), so a refusal costs little time and memory. Each can be lowered per call (tests do), none
// can be raised beyond what a tablet survives. docs/import-limits.md states the cost of each step.
import { ImportProblem } from './errors.ts'

export const importLimits = {
  /** Default size of the file as given (50 MB). */
  maxBytes: 50 * 1024 * 1024,
  /** Total vertices in one import; MapLibre and Turf become sluggish well before this. */
  maxVertices: 2_000_000,
  /** Features (or table rows) in one import: each becomes an object on the map and in storage. */
  maxFeatures: 500_000,
  /** Rings of one polygon: shpjs assigns holes to outer rings pairwise, so this bounds that quadratic step. */
  maxRingsPerPolygon: 2_000,
  /** Sum over polygons of rings² (the pairwise ring assignment's total work). */
  maxRingPairs: 20_000_000,
  /** Properties of one feature (columns of a table). */
  maxProperties: 1_000,
  /** Characters of one header cell or property name. */
  maxHeaderLength: 1_000,
  /** Cells of a sheet, rows × columns as the sheet's cell references span them, before it is expanded. */
  maxCells: 5_000_000,
  /** Text a sheet expands to: every shared-string reference costs that string's bytes again. */
  maxSheetTextBytes: 64 * 1024 * 1024,
  /** Sum of uncompressed sizes inside one archive (200 MB). */
  maxUnzippedBytes: 200 * 1024 * 1024,
  /** Inflated size of one archive entry: the same as a plain file's limit, so a KMZ cannot carry more than a KML. */
  maxEntryBytes: 50 * 1024 * 1024,
  /** Number of entries in one archive (counted on the local headers actually present, not only the directory). */
  maxZipEntries: 2_000,
  /**
   * Compression ratio above which a large entry is treated as a zip bomb. Deflate cannot exceed
   * about 1032:1, so a bomb sits near that; real shapefiles and spreadsheets stay far below 100:1.
   */
  maxCompressionRatio: 200,
  /** Entries smaller than this are never rejected for their ratio (tiny .cpg/.prj files compress oddly). */
  ratioCheckFromBytes: 10 * 1024 * 1024,
  /** A .shp larger than this cannot stay within maxVertices in practice (16 bytes per vertex plus headers). */
  maxShpBytes: 40 * 1024 * 1024,
  /** Self-intersection checks are quadratic (turf kinks): polygons with more vertices are not checked. */
  maxKinksVertices: 500,
  /** Total segment pairs the self-intersection checks may cost in one import (≈ 1 s); later polygons are not checked. */
  maxKinksPairs: 3_000_000,
  /** Depth of nested property objects kept as objects; deeper values are kept as JSON text. */
  maxPropertyDepth: 8,
  /**
   * Section-months of the monitoring series a merged table would make (sections × months from the first to
   * the last month, dense): 5 × the 1.2 M of 10,000 sections × 10 years. Each costs about 15–30 bytes.
   */
  maxSeriesCells: 6_000_000,
  /** Skipped features listed by row or index in the report; the rest are counted. */
  maxListedSkips: 100,
} as const

/** A count as the limits' messages write it: 6,000,000. */
export const countText = (value: number) => value.toLocaleString('en-US')

/**
 * The refusal for a value over a cap: names the limit and the value in both languages (importFile adds
 * the file name). `what` is a noun phrase such as { zh: '顶点', en: 'vertices' }.
 */
export function overLimit(what: { zh: string; en: string }, value: number, limit: number, where = { zh: '', en: '' }): ImportProblem {
  return new ImportProblem(
    'too-large',
    `${where.zh}${what.zh}有 ${countText(value)} 个，超过一次导入的上限 ${countText(limit)}，请先简化或分块`,
    `${where.en}${countText(value)} ${what.en}, over the limit of ${countText(limit)} for one import; simplify or split the data`,
  )
}

export function refuseOver(what: { zh: string; en: string }, value: number, limit: number, where?: { zh: string; en: string }): void {
  if (value > limit) throw overLimit(what, value, limit, where)
}
