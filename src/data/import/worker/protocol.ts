// Messages between the page and the import worker. Plain, structured-cloneable data only: the worker
// reads the File itself (no copy of its bytes on the page) and answers with a plain result or a plain
// failure that the page turns back into an ImportError.
import type { Feature } from 'geojson'
import type { ImportResult } from '../types.ts'
import type { CardField, GeometryKind } from '@/domain/layers/types.ts'
import type { ImportErrorCode } from '../errors.ts'
import type { ImportReport as MonitoringReport } from '@/data/monitoring/import-table.ts'
import type { PackedSeries } from '@/domain/water-quality/index.ts'
import type { SectionReference } from '@/data/monitoring/table-records.ts'

export type ImportKind = 'geometry' | 'monitoring'

export interface ImportRequest {
  file: Blob
  fileName: string
  /** Known kind (the planner switched it), or undefined to guess it in the worker. */
  kind?: ImportKind
  crs?: string
  /** Sections of the map, to match a monitoring table's rows by code or name. */
  sections: SectionReference[]
}

export type ImportProgress = { phase: 'bytes' | 'features'; done: number; total: number }

export interface FailureData {
  code: ImportErrorCode
  fileName: string
  messageZh: string
  messageEn: string
}

/** What the page needs to show an imported layer without walking its features on the main thread. */
export interface PreparedLayer {
  geometry: GeometryKind
  cardFields: CardField[]
  /** The name-like column that titles a feature's card (名称, name …), when the file has one. */
  titleKey?: string
  /** The collection as GeoJSON text, made in the worker: MapLibre's own worker reads it through a blob URL. */
  sourceBlob: Blob
}

export type WorkerAnswer =
  | ({ type: 'progress' } & ImportProgress)
  /** A slice of the features, in order: many small messages instead of one long deserialisation. */
  | { type: 'features'; features: Feature[] }
  /** The end: the report, with `result.features.features` empty (the slices came before). */
  | { type: 'geometry'; result: ImportResult; layer: PreparedLayer }
  /**
   * A monitoring table: its report (problems listed up to a cap) and its records as the series' columns,
   * whose typed arrays are transferred: 1.2 M records posted as objects took the page 3.5 s to receive.
   */
  | { type: 'monitoring'; report: MonitoringReport; columns: PackedSeries | null }
  | { type: 'failed'; failure: FailureData }
