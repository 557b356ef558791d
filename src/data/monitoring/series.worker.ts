/// <reference lib="webworker" />
/**
 * The monitoring worker (issue 15 §2): fetches the app's monitoring table, reads it into the series'
 * columns and computes the class matrix, then hands the typed arrays to the page without a copy. The page
 * gets plain results and its thread stays free while 1.2 M rows are read (10,000 sections × 120 months).
 */
import { fetchText } from '../fetch-file.ts'
import { MONITORING_FILE, readSeriesText, transferables, type SeriesRead } from './read-series.ts'

export interface SeriesRequest {
  /** Absolute: the worker has no document to resolve a relative one against. */
  baseUrl: string
  sectionIds: string[]
}

export type SeriesAnswer = ({ type: 'series' } & SeriesRead) | { type: 'failed'; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<SeriesRequest>) => {
  try {
    const text = await fetchText(MONITORING_FILE, event.data.baseUrl)
    const read = readSeriesText(text, event.data.sectionIds)
    const answer: SeriesAnswer = { type: 'series', ...read }
    scope.postMessage(answer, transferables(read))
  } catch (error) {
    const answer: SeriesAnswer = { type: 'failed', message: error instanceof Error ? error.message : String(error) }
    scope.postMessage(answer)
  }
}
