/// <reference lib="webworker" />
/**
 * The monitoring worker (issue 15 §2): fetches the app's monitoring table, reads it into the series'
 * columns and computes the class matrix, then hands the typed arrays to the page without a copy. The page
 * gets plain results and its thread stays free while 1.2 M rows are read (10,000 sections × 120 months).
 *
 * Two messages: `fetch` starts the download at once, beside the map's start; `sections` gives the ids the
 * columns are laid out by, known only once the sections' layer is loaded. The table is read when it has
 * both (first idle, issue 15 §4: 42 MB no longer waits for the map).
 */
import { fetchText } from '../fetch-file.ts'
import { MONITORING_FILE, readSeriesText, transferables, type SeriesRead } from './read-series.ts'

export type SeriesRequest =
  /** `baseUrl` is absolute: the worker has no document to resolve a relative one against. */
  | { type: 'fetch'; baseUrl: string }
  | { type: 'sections'; sectionIds: string[] }

export type SeriesAnswer = ({ type: 'series' } & SeriesRead) | { type: 'failed'; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

let giveSectionIds: (ids: string[]) => void = () => {}
const sectionIds = new Promise<string[]>((resolve) => {
  giveSectionIds = resolve
})

async function read(baseUrl: string) {
  try {
    const text = await fetchText(MONITORING_FILE, baseUrl)
    const read = readSeriesText(text, await sectionIds)
    const answer: SeriesAnswer = { type: 'series', ...read }
    scope.postMessage(answer, transferables(read))
  } catch (error) {
    const answer: SeriesAnswer = { type: 'failed', message: error instanceof Error ? error.message : String(error) }
    scope.postMessage(answer)
  }
}

scope.onmessage = (event: MessageEvent<SeriesRequest>) => {
  if (event.data.type === 'fetch') void read(event.data.baseUrl)
  else giveSectionIds(event.data.sectionIds)
}
