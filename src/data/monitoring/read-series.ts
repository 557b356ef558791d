/**
 * The app's monitoring table read into the series' columns and its class matrix: the plain reader when the
 * table is plain (no problems by construction), else the general reader with its problems by row. Runs in
 * the monitoring worker (series.worker.ts, issue 15 §2), or on the page where no worker can start.
 */
import { createSeriesBuilder, type SeriesColumns } from '@/domain/water-quality/index.ts'
import { readPlainMonthlyCsv } from './plain-monthly.ts'
import { parseMonthlyCsv } from './monthly-csv.ts'
import type { RowProblem } from './problems.ts'
import { seriesReadOf, type SeriesRead } from './series-read.ts'

export { MONITORING_FILE } from './monitoring-file.ts'
export { transferables, type SeriesRead } from './series-read.ts'

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
  return seriesReadOf(columns, sectionIds, problems)
}
