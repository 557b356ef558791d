/**
 * The work of merging an imported monitoring table (issue 15 §2), done in the merge worker
 * (merge.worker.ts), or on the page where no worker starts: the imported columns laid over the series the
 * map shows (→ the new series and its class matrix) and over the planner's earlier imports (→ what is
 * saved). Plain data in, plain data out; the typed arrays of the answer are handed back without a copy.
 */
import {
  classMatrixOfColumns,
  mergeSeriesColumns,
  packSeriesColumns,
  packedArrays,
  transferableBuffers,
  unpackSeriesColumns,
  type ClassMatrix,
  type PackedSeries,
} from '@/domain/water-quality/index.ts'

export interface MergeRequest {
  /** The series the map shows now (null before any), copied to the worker. */
  shown: PackedSeries | null
  /** The planner's earlier imports, merged; null when the table is not a new import (a restore). */
  saved: PackedSeries | null
  /** The imported table. */
  table: PackedSeries
  /** The sections of the map, in the class matrix's order. */
  sectionIds: string[]
  /** Whether `saved` is to be merged too (a new import) or left as it is (restoring what was saved). */
  mergeSaved: boolean
}

export interface MergeResult {
  series: PackedSeries
  matrix: ClassMatrix
  /** The imports to save: `saved` with the table over it; null when not asked for. */
  saved: PackedSeries | null
  added: number
  replaced: number
}

export function mergeMonitoringTable(request: MergeRequest): MergeResult | null {
  const table = unpackSeriesColumns(request.table)
  const merged = mergeSeriesColumns(request.shown ? unpackSeriesColumns(request.shown) : null, table, request.sectionIds)
  if (!merged) return null
  const saved = request.mergeSaved ? mergeSeriesColumns(request.saved ? unpackSeriesColumns(request.saved) : null, table)?.columns ?? null : null
  return {
    series: packSeriesColumns(merged.columns),
    matrix: classMatrixOfColumns(merged.columns, request.sectionIds),
    saved: saved ? packSeriesColumns(saved) : null,
    added: merged.added,
    replaced: merged.replaced,
  }
}

/** The memory of a result, to hand from the worker without a copy. */
export function mergeResultBuffers(result: MergeResult): ArrayBuffer[] {
  return transferableBuffers([...packedArrays(result.series), ...(result.saved ? packedArrays(result.saved) : []), result.matrix.classes])
}
