// The page's side of the import worker. Each job gets a fresh module worker, terminated when the job
// ends: cancelling is terminating, and a worker that crashed or ran out of memory cannot hand its state
// to the next import. Whatever happens to the worker, the job settles with a result or an ImportError
// naming the file; the page, the map and the layers already loaded are never touched from here.
import type { Feature } from 'geojson'
import { ImportError } from '../errors.ts'
import type { ImportProgress, ImportRequest, WorkerAnswer } from './protocol.ts'

/** A geometry outcome's `result.features` holds every feature again (gathered from the slices). */
export type ImportOutcome = Extract<WorkerAnswer, { type: 'geometry' | 'monitoring' }>

export interface ImportTask {
  promise: Promise<ImportOutcome>
  cancel(): void
}

/** The job was cancelled by the planner; not a failure of the file. */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled'
}

/** No answer after this long means a worker stuck in a library or silently killed: the file is refused. */
export const WORKER_TIME_LIMIT_MS = 180_000

export function workerFailure(fileName: string, why: 'crashed' | 'timeout', detail = ''): ImportError {
  const note = detail ? `：${detail.slice(0, 160)}` : ''
  const noteEn = detail ? `: ${detail.slice(0, 160)}` : ''
  return why === 'timeout'
    ? new ImportError('too-large', fileName, `读取超过 ${WORKER_TIME_LIMIT_MS / 1000} 秒仍未完成，已停止，文件被拒绝`, `reading took more than ${WORKER_TIME_LIMIT_MS / 1000} s and was stopped; the file was refused`)
    : new ImportError('too-large', fileName, `读取时后台进程中断（可能超出内存），文件被拒绝${note}`, `the background reader stopped while reading (possibly out of memory); the file was refused${noteEn}`)
}

export function startImport(request: ImportRequest, onProgress: (progress: ImportProgress) => void = () => {}): ImportTask {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-import' })
  let settle: { resolve(outcome: ImportOutcome): void; reject(error: Error): void } | undefined
  const promise = new Promise<ImportOutcome>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = (outcome: ImportOutcome | Error) => {
    if (!settle) return
    const { resolve, reject } = settle
    settle = undefined
    clearTimeout(timer)
    worker.terminate()
    if (outcome instanceof Error) reject(outcome)
    else resolve(outcome)
  }
  const timer = setTimeout(() => finish(workerFailure(request.fileName, 'timeout')), WORKER_TIME_LIMIT_MS)
  const features: Feature[] = []
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data
    if (answer.type === 'progress') onProgress(answer)
    // One push per feature: a spread of a large slice would risk the call-stack limit.
    else if (answer.type === 'features') for (const feature of answer.features) features.push(feature)
    else if (answer.type === 'geometry') finish({ ...answer, result: { ...answer.result, features: { type: 'FeatureCollection', features } } })
    else if (answer.type === 'failed') finish(new ImportError(answer.failure.code, answer.failure.fileName, answer.failure.messageZh, answer.failure.messageEn))
    else finish(answer)
  }
  // An uncaught error, a failed load or an out-of-memory stop of the worker.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault()
    finish(workerFailure(request.fileName, 'crashed', event.message ?? ''))
  }
  worker.onmessageerror = () => finish(workerFailure(request.fileName, 'crashed'))
  worker.postMessage(request)
  return { promise, cancel: () => finish(new ImportCancelled()) }
}
