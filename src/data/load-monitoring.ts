/**
 * Reads the app's monitoring table into the water series. The reading — fetch, parse, columns, class
 * matrix — runs in a module worker (issue 15 §2: 1.2 M rows took 1.3 s and more of the page's thread);
 * the page only installs the typed arrays it is handed. Where no worker can start (an old browser, a
 * policy that forbids it) or it dies, the page reads the table itself, as before. Failures name the file.
 */
import type { RowProblem } from './monitoring/problems.ts'
import type { SeriesRead } from './monitoring/read-series.ts'
import type * as PageReader from './monitoring/read-series.ts'
import type { SeriesAnswer, SeriesRequest } from './monitoring/series.worker.ts'
import { fetchText } from './fetch-file.ts'
import { installWaterSeries, type WaterSeries } from './water-series.ts'
import { runWorkerJob } from './worker-job.ts'

export { MONITORING_FILE } from './monitoring/monitoring-file.ts'

/** The read from the worker; null when the worker could not start or stopped without an answer. */
function readInWorker(request: SeriesRequest): Promise<SeriesRead | null> {
  const worker = new Worker(new URL('./monitoring/series.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-monitoring' })
  return runWorkerJob<SeriesRequest, SeriesAnswer, SeriesRead>(worker, 'monitoring worker', request, (answer, settle) => {
    if (answer.type === 'series') settle.resolve(answer)
    else settle.reject(new Error(answer.message))
  })
}

async function readOnPage(baseUrl: string, sectionIds: readonly string[]): Promise<SeriesRead> {
  const { readSeriesText, MONITORING_FILE }: typeof PageReader = await import('./monitoring/read-series.ts')
  return readSeriesText(await fetchText(MONITORING_FILE, baseUrl), sectionIds)
}

export async function loadMonitoringSeries(baseUrl: string, sectionIds: readonly string[]): Promise<{ series: WaterSeries | null; problems: RowProblem[] }> {
  const absolute = new URL(baseUrl, location.href).href
  const read = (typeof Worker === 'undefined' ? null : await readInWorker({ baseUrl: absolute, sectionIds: [...sectionIds] })) ?? (await readOnPage(absolute, sectionIds))
  return { series: installWaterSeries(read.columns, read.matrix), problems: read.problems }
}
