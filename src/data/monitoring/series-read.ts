/**
 * A monitoring series as a reader hands it over: the series' columns, their class matrix and the problems
 * by row. One shape for the shipped table (read-series.ts) and a monitoring service (read-service.ts), so
 * both workers answer alike and the page installs either with installWaterSeries (issue 15 §2).
 */
import { classMatrixOfColumns, packedArrays, packSeriesColumns, transferableBuffers, type ClassMatrix, type SeriesColumns } from '@/domain/water-quality/index.ts'
import { importLimits } from '../import/limits.ts'
import type { RowProblem } from './problems.ts'

export interface SeriesRead {
  columns: SeriesColumns | null
  matrix: ClassMatrix | null
  /** The first problems by row (importLimits.maxListedSkips): a table of bad rows must not send the page one object per row. */
  problems: RowProblem[]
  /** All problems, listed or not. */
  problemCount: number
}

/** The read of finished columns: the class matrix is computed here, where the columns were built. */
export function seriesReadOf(columns: SeriesColumns | null, sectionIds: readonly string[], problems: RowProblem[]): SeriesRead {
  return {
    columns,
    matrix: columns ? classMatrixOfColumns(columns, sectionIds) : null,
    problems: problems.slice(0, importLimits.maxListedSkips),
    problemCount: problems.length,
  }
}

/** The memory a read holds in typed arrays, to hand from a worker without a copy (each buffer once). */
export function transferables(read: SeriesRead): ArrayBuffer[] {
  return transferableBuffers([...(read.columns ? packedArrays(packSeriesColumns(read.columns)) : []), ...(read.matrix ? [read.matrix.classes] : [])])
}
