/// <reference lib="webworker" />
/**
 * The monitoring service worker (issue 15 §2): fetches a monitoring service's pages, checks its rows,
 * builds the series' columns and class matrix, and hands the typed arrays to the page without a copy.
 * The page gets the progress after each page and plain results; its thread stays free while a
 * city's rows are read. A failure goes back with its kind, URL and detail, for the page to name the service.
 */
import { readServiceSeries, type ServiceSeriesRead, type ServiceSeriesRequest } from './read-service.ts'
import { transferables } from './series-read.ts'
import { MonitoringServiceError, type MonitoringProgress, type MonitoringServiceFailure } from './service-entry.ts'

export type ServiceSeriesAnswer =
  | { type: 'progress'; progress: MonitoringProgress }
  | ({ type: 'series' } & ServiceSeriesRead)
  /** `kind` null: not a service's failure (a fault of the reader itself). */
  | { type: 'failed'; kind: MonitoringServiceFailure | null; url: string; detail: string; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope
const answer = (message: ServiceSeriesAnswer, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

scope.onmessage = async (event: MessageEvent<ServiceSeriesRequest>) => {
  try {
    const read = await readServiceSeries(event.data, (progress) => answer({ type: 'progress', progress }))
    answer({ type: 'series', ...read }, transferables(read))
  } catch (error) {
    // The error's class does not survive postMessage: its fields go across one by one.
    const message = error instanceof Error ? error.message : String(error)
    answer(
      error instanceof MonitoringServiceError
        ? { type: 'failed', kind: error.kind, url: error.url, detail: error.detail, message }
        : { type: 'failed', kind: null, url: '', detail: message, message },
    )
  }
}
