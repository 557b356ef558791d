/**
 * Merges an imported monitoring table in the merge worker (issue 15 §2); where no worker can start or it
 * dies, the page merges it itself, as before the worker. The page copies the shown series and the saved
 * imports to the worker (memory copies of typed arrays) and installs the typed arrays it is handed back.
 */
import type { MergeRequest, MergeResult } from './monitoring/merge-series.ts'
import type * as PageMerge from './monitoring/merge-series.ts'
import type { MergeAnswer } from './monitoring/merge.worker.ts'
import { runWorkerJob } from './worker-job.ts'

export type { MergeRequest, MergeResult } from './monitoring/merge-series.ts'

function mergeInWorker(request: MergeRequest): Promise<{ result: MergeResult | null } | null> {
  const worker = new Worker(new URL('./monitoring/merge.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-monitoring-merge' })
  return runWorkerJob<MergeRequest, MergeAnswer, { result: MergeResult | null }>(worker, 'monitoring merge worker', request, (answer, settle) => {
    if (answer.type === 'merged') settle.resolve({ result: answer.result })
    else settle.reject(new Error(answer.message))
  })
}

export async function mergeMonitoring(request: MergeRequest): Promise<MergeResult | null> {
  const fromWorker = typeof Worker === 'undefined' ? null : await mergeInWorker(request)
  if (fromWorker) return fromWorker.result
  const { mergeMonitoringTable }: typeof PageMerge = await import('./monitoring/merge-series.ts')
  return mergeMonitoringTable(request)
}
