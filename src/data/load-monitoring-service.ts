/**
 * Reads a monitoring service's series for the page (issue #17 §3). The reading — the pages, the row
 * checks, the columns and the class matrix — runs in a module worker (issue 15 §2); the page gets the
 * progress after each page and the typed arrays at the end, and loads none of the row readers. Where no
 * worker can start (an old browser, a policy that forbids it) or it dies, the page reads the service itself.
 * A service's failure arrives as a MonitoringServiceError, as when the page reads it.
 */
import { MonitoringServiceError, type MonitoringProgress } from './monitoring/service-entry.ts'
import type { ServiceSeriesRead, ServiceSeriesRequest } from './monitoring/read-service.ts'
import type * as PageReader from './monitoring/read-service.ts'
import type { ServiceSeriesAnswer } from './monitoring/service-series.worker.ts'
import { runWorkerJob } from './worker-job.ts'

export type { ServiceSeriesRead } from './monitoring/read-service.ts'

/** The read from the worker; null when the worker could not start or stopped without an answer. */
function readInWorker(request: ServiceSeriesRequest, onProgress: (progress: MonitoringProgress) => void): Promise<ServiceSeriesRead | null> {
  const worker = new Worker(new URL('./monitoring/service-series.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-monitoring-service' })
  return runWorkerJob<ServiceSeriesRequest, ServiceSeriesAnswer, ServiceSeriesRead>(worker, 'monitoring service worker', request, (answer, settle) => {
    if (answer.type === 'progress') onProgress(answer.progress)
    else if (answer.type === 'series') settle.resolve(answer)
    else settle.reject(answer.kind ? new MonitoringServiceError(answer.kind, answer.url, answer.detail) : new Error(answer.message))
  })
}

async function readOnPage(request: ServiceSeriesRequest, onProgress: (progress: MonitoringProgress) => void): Promise<ServiceSeriesRead> {
  const { readServiceSeries }: typeof PageReader = await import('./monitoring/read-service.ts')
  return readServiceSeries(request, onProgress)
}

/** `request.baseUrl` may be relative to the document: the worker gets it absolute. */
export async function loadServiceSeries(request: ServiceSeriesRequest, onProgress: (progress: MonitoringProgress) => void): Promise<ServiceSeriesRead> {
  const absolute = { ...request, baseUrl: new URL(request.baseUrl, location.href).href }
  const read = typeof Worker === 'undefined' ? null : await readInWorker(absolute, onProgress)
  return read ?? (await readOnPage(absolute, onProgress))
}
