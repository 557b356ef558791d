/**
 * One job in a fresh module worker, as both monitoring readers run theirs (issue 15 §2): post the request,
 * hand each answer to `onAnswer` until one settles the job, then terminate the worker. A worker that cannot
 * start, dies, or sends an answer that cannot be read settles the job with null, so that the caller does the
 * work on the page instead; the reason goes to the console (the page's own reading reports real problems).
 */
export interface WorkerJobSettle<Result> {
  resolve(result: Result): void
  reject(error: Error): void
}

export function runWorkerJob<Request, Answer, Result>(
  worker: Worker,
  label: string,
  request: Request,
  onAnswer: (answer: Answer, settle: WorkerJobSettle<Result>) => void,
): Promise<Result | null> {
  return new Promise<Result | null>((resolve, reject) => {
    const settle: WorkerJobSettle<Result> = {
      resolve: (result) => {
        worker.terminate()
        resolve(result)
      },
      reject: (error) => {
        worker.terminate()
        reject(error)
      },
    }
    const stopped = (why: string) => {
      worker.terminate()
      console.warn(`${label}: ${why}; doing the work on the page`)
      resolve(null)
    }
    worker.onmessage = (event: MessageEvent<Answer>) => onAnswer(event.data, settle)
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault()
      stopped(event.message || 'could not start')
    }
    worker.onmessageerror = () => stopped('answer could not be read')
    worker.postMessage(request)
  })
}
