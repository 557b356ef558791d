/** Long tasks of the page's main thread (issue 15 §2), and the bound they are held to on a shared machine. */
import { availableParallelism, loadavg } from 'node:os'
import type { Page } from 'playwright-core'

/** Issue 15 §2: no main-thread task over 200 ms while a large file loads. */
export const LONG_TASK_BOUND_MS = 200

/** The run queue per core (at least 1): on a shared machine every task stretches with it. */
export function loadFactor(): number {
  return Math.max(1, (loadavg()[0] ?? 0) / availableParallelism())
}

/** The 200 ms, scaled by the load per core. */
export function longTaskLimit(): number {
  return LONG_TASK_BOUND_MS * loadFactor()
}

export interface LongTask {
  /** Milliseconds from the start of the watch. */
  start: number
  duration: number
}

/** Records every long task of the page from now on (PerformanceObserver 'longtask'); call the result to read them. */
export async function watchLongTasks(page: Page): Promise<() => Promise<LongTask[]>> {
  await page.evaluate(() => {
    const from = performance.now()
    const tasks: { start: number; duration: number }[] = []
    ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime - from, duration: entry.duration })
    }).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.slice())
}

/** "120 ms at 3.4 s, …" for a test's message. */
export function describeTasks(tasks: readonly LongTask[]): string {
  return tasks.map((task) => `${task.duration.toFixed(0)} ms at ${(task.start / 1000).toFixed(1)} s`).join(', ') || 'none'
}
