/**
 * A monitoring series as a reader hands it over: the series' columns, their class matrix and the problems
 * by row. One shape for the shipped table (read-series.ts) and a monitoring service (read-service.ts), so
 * both workers answer alike and the page installs either with installWaterSeries (issue 15 §2).
 */
import { classMatrixOfColumns, type ClassMatrix, type SeriesColumns } from '@/domain/water-quality/index.ts'
import type { RowProblem } from './problems.ts'

export interface SeriesRead {
  columns: SeriesColumns | null
  matrix: ClassMatrix | null
  problems: RowProblem[]
}

/** The read of finished columns: the class matrix is computed here, where the columns were built. */
export function seriesReadOf(columns: SeriesColumns | null, sectionIds: readonly string[], problems: RowProblem[]): SeriesRead {
  return { columns, matrix: columns ? classMatrixOfColumns(columns, sectionIds) : null, problems }
}

/** The memory a read holds in typed arrays, to hand from a worker without a copy (each buffer once). */
export function transferables(read: SeriesRead): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>()
  if (read.columns) {
    buffers.add(read.columns.present.buffer)
    for (const kinds of read.columns.kinds.values()) buffers.add(kinds.buffer)
    for (const numbers of read.columns.numbers.values()) buffers.add(numbers.values.buffer)
  }
  if (read.matrix) buffers.add(read.matrix.classes.buffer)
  return [...buffers].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer)
}
