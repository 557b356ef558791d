/**
 * The app's monitoring table read into the series' columns and its class matrix: the plain reader when the
 * table is plain (no problems by construction), else the general reader with its problems by row. Runs in
 * the monitoring worker (series.worker.ts, issue 15 §2), or on the page where no worker can start.
 */
import { classMatrixOfColumns, createSeriesBuilder, type ClassMatrix, type SeriesColumns } from '@/domain/water-quality/index.ts'
import { readPlainMonthlyCsv } from './plain-monthly.ts'
import { parseMonthlyCsv } from './monthly-csv.ts'
import type { RowProblem } from './problems.ts'

export { MONITORING_FILE } from './monitoring-file.ts'

export interface SeriesRead {
  columns: SeriesColumns | null
  matrix: ClassMatrix | null
  problems: RowProblem[]
}

export function readSeriesText(text: string, sectionIds: readonly string[]): SeriesRead {
  const clean = text.replace(/^\uFEFF/, '')
  const plain = createSeriesBuilder(sectionIds)
  let columns: SeriesColumns | null
  let problems: RowProblem[] = []
  if (readPlainMonthlyCsv(clean, plain)) columns = plain.finish()
  else {
    const general = createSeriesBuilder(sectionIds)
    problems = parseMonthlyCsv(clean, (record) => general.add(record)).problems
    columns = general.finish()
  }
  return { columns, matrix: columns ? classMatrixOfColumns(columns, sectionIds) : null, problems }
}

/** The memory a read holds in typed arrays, to hand from the worker without a copy (each buffer once). */
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
