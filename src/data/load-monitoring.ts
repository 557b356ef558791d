/**
 * Reads the app's monitoring table into the water series. The reading — fetch, parse, columns, class
 * matrix — runs in a module worker (issue 15 §2: 1.2 M rows took 1.3 s and more of the page's thread);
 * the page only installs the typed arrays it is handed. Where no worker can start (an old browser, a
 * policy that forbids it) or it dies, the page reads the table itself, as before. Failures name the file.
 *
 * The download starts when the reading is started, before the sections are known; the table is read once
 * `finish` gives their ids (first idle, issue 15 §4: the table's download overlaps the map's start).
 */
import type { RowProblem } from './monitoring/problems.ts'
import type { SeriesRead } from './monitoring/read-series.ts'
import type * as PageReader from './monitoring/read-series.ts'
import type { SeriesAnswer, SeriesRequest } from './monitoring/series.worker.ts'
import { fetchText } from './fetch-file.ts'
import { installWaterSeries, type WaterSeries } from './water-series.ts'
import { runWorkerJob } from './worker-job.ts'

export { MONITORING_FILE } from './monitoring/monitoring-file.ts'

export interface MonitoringReading {
  /** Gives the sections' ids (the columns' order) and answers the series once read. */
  finish(sectionIds: readonly string[]): Promise<{ series: WaterSeries | null; problems: RowProblem[]; problemCount: number }>
  /** Stops the worker (the sections failed to load: no series will be asked for). */
  cancel(): void
}

/** The read from the worker; null when the worker could not start or stopped without an answer. */
function readInWorker(baseUrl: string, sectionIds: Promise<string[]>): { read: Promise<SeriesRead | null>; worker: Worker } {
  const worker = new Worker(new URL('./monitoring/series.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-monitoring' })
  const request: SeriesRequest = { type: 'fetch', baseUrl }
  const read = runWorkerJob<SeriesRequest, SeriesAnswer, SeriesRead>(worker, 'monitoring worker', request, (answer, settle) => {
    if (answer.type === 'series') settle.resolve(answer)
    else settle.reject(new Error(answer.message))
  })
  // A terminated worker ignores the message: nothing to guard.
  void sectionIds.then((ids) => worker.postMessage({ type: 'sections', sectionIds: ids } satisfies SeriesRequest))
  return { read, worker }
}

async function readOnPage(baseUrl: string, sectionIds: readonly string[]): Promise<SeriesRead> {
  const { readSeriesText, MONITORING_FILE }: typeof PageReader = await import('./monitoring/read-series.ts')
  return readSeriesText(await fetchText(MONITORING_FILE, baseUrl), sectionIds)
}

/** Starts downloading the table now; `finish` reads it against the sections. */
export function startMonitoringReading(baseUrl: string): MonitoringReading {
  const absolute = new URL(baseUrl, location.href).href
  let giveSectionIds: (ids: string[]) => void = () => {}
  const sectionIds = new Promise<string[]>((resolve) => {
    giveSectionIds = resolve
  })
  const inWorker = typeof Worker === 'undefined' ? null : readInWorker(absolute, sectionIds)
  // A failure before `finish` is asked for is answered by `finish`, not reported as unhandled.
  inWorker?.read.catch(() => {})
  return {
    async finish(ids) {
      giveSectionIds([...ids])
      const read = (await inWorker?.read) ?? (await readOnPage(absolute, ids))
      return { series: installWaterSeries(read.columns, read.matrix), problems: read.problems, problemCount: read.problemCount }
    },
    cancel() {
      inWorker?.worker.terminate()
    },
  }
}
