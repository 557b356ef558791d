/** A worker job settles once, terminates its worker, and turns a worker that fails into "do it on the page". */
import { describe, expect, it, vi } from 'vitest'
import { runWorkerJob } from './worker-job.ts'

/** Stands in for the browser's Worker (Node has none): records what the job does to it. */
class RecordingWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  posted: unknown[] = []
  terminated = 0
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated += 1
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent)
  }
}

function job(worker: RecordingWorker) {
  return runWorkerJob<string, { type: string; value?: number }, number>(worker as unknown as Worker, 'test worker', 'go', (answer, settle) => {
    if (answer.type === 'progress') return
    if (answer.type === 'done') settle.resolve(answer.value!)
    else settle.reject(new Error('refused'))
  })
}

describe('runWorkerJob', () => {
  it('posts the request, ignores progress, resolves with the answer and terminates the worker once', async () => {
    const worker = new RecordingWorker()
    const result = job(worker)
    expect(worker.posted).toEqual(['go'])
    worker.answer({ type: 'progress' })
    expect(worker.terminated).toBe(0)
    worker.answer({ type: 'done', value: 42 })
    await expect(result).resolves.toBe(42)
    expect(worker.terminated).toBe(1)
  })

  it('rejects with the error an answer names', async () => {
    const worker = new RecordingWorker()
    const result = job(worker)
    worker.answer({ type: 'failed' })
    await expect(result).rejects.toThrow('refused')
    expect(worker.terminated).toBe(1)
  })

  it('settles with null when the worker cannot start or its answer cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const failing = new RecordingWorker()
    const started = job(failing)
    const preventDefault = vi.fn()
    failing.onerror?.({ message: '', preventDefault } as unknown as ErrorEvent)
    await expect(started).resolves.toBeNull()
    expect(preventDefault).toHaveBeenCalled()
    expect(failing.terminated).toBe(1)

    const garbled = new RecordingWorker()
    const read = job(garbled)
    garbled.onmessageerror?.()
    await expect(read).resolves.toBeNull()
    expect(warn).toHaveBeenCalledWith('test worker: answer could not be read; doing the work on the page')
    warn.mockRestore()
  })
})
