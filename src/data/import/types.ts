// Shapes shared by the import pipeline: what importFile returns, and what each format parser hands
// to the common validation and reprojection stage.
import type { FeatureCollection } from 'geojson'

export interface ImportOptions {
  /** Source coordinate system, overriding detection. Syntax: see crs/codes.ts (e.g. 'GCJ02', 'EPSG:4549', 'GK:121.5'). */
  crs?: string
  /** Largest accepted file in bytes (default 50 MB). */
  maxBytes?: number
  /** Called now and then while features are validated and converted (the worker reports it to the page). */
  onProgress?: (done: number, total: number) => void
}

export interface SkippedFeature {
  /** 0-based feature index (indexKind 'feature') or 1-based spreadsheet row number (indexKind 'row'). */
  index: number
  reason: string
  indexKind: 'feature' | 'row'
}

export interface ImportReport {
  /** 'GeoJSON' | 'KML' | 'KMZ' | 'Shapefile' | 'CSV' | 'XLSX' */
  format: string
  /** Source coordinate system as detected or as given (canonical code, see crs/codes.ts). */
  crs: string
  /** How crs was decided. */
  crsSource: 'option' | 'file' | 'hint' | 'values' | 'format'
  /** Features (or table rows) read from the file, before validation. */
  read: number
  /** Features that made it into the result. */
  imported: number
  /** The first importLimits.maxListedSkips skipped features, with their row or index. */
  skipped: SkippedFeature[]
  /** All skipped features, listed or not. */
  skippedCount: number
  warnings: string[]
  /**
   * Whether any feature carries a checked colour, width or opacity of its own (feature-style.ts). Only then
   * does the layer read them (LayerDefinition.fileStyle): paint that reads feature properties makes MapLibre
   * lay the layer out again on every change of colour (issue 15 §2: committing 200,000 points).
   */
  styled: boolean
}

export interface ImportResult {
  /** Always WGS84 longitude/latitude (RFC 7946). */
  features: FeatureCollection
  report: ImportReport
}

/** One feature as a parser found it: coordinates still in the source system, not yet validated. */
export interface RawFeature {
  geometry: unknown
  properties: Record<string, unknown>
  id?: string | number
  /** Position in the source: feature index or spreadsheet row, used in skip reasons. */
  index: number
  indexKind: 'feature' | 'row'
}

/** What a format parser returns; several layers come from one zip with several shapefiles. */
export interface RawLayer {
  name: string
  features: RawFeature[]
  /** Coordinate system declared by the file itself (a .prj, a legacy GeoJSON "crs" member). */
  declaredCrs?: string
  /** Name of a coordinate system the file declares but we cannot convert (e.g. a UTM .prj). */
  unsupportedCrs?: string
  /** Coordinate system the format mandates (KML and RFC 7946 GeoJSON are WGS84). */
  formatCrs?: string
  /** Coordinate system suggested by a column name or the file name ("gcj02", "百度" …). */
  hintedCrs?: string
  skipped: SkippedFeature[]
  warnings: string[]
}

export interface ParsedFile {
  format: string
  layers: RawLayer[]
  warnings: string[]
}
