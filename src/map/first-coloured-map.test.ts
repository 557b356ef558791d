/** Deferred work waits for the series: read, failed, or too slow (a monitoring service still paging). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useWaterStore } from '@/stores/water.ts'
import { seriesSettled } from './first-coloured-map.ts'

/** Whether the promise has resolved once pending callbacks and microtasks ran. */
async function isResolved(promise: Promise<void>): Promise<boolean> {
  let resolved = false
  void promise.then(() => (resolved = true))
  await vi.advanceTimersByTimeAsync(0)
  return resolved
}

describe('seriesSettled', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('waits while the series is read, and resolves when it is ready', async () => {
    const settled = seriesSettled(5_000)
    expect(await isResolved(settled)).toBe(false)
    useWaterStore().markReady([])
    expect(await isResolved(settled)).toBe(true)
  })

  it('resolves when the series failed', async () => {
    const settled = seriesSettled(5_000)
    useWaterStore().markFailed('monthly.csv: 404')
    expect(await isResolved(settled)).toBe(true)
  })

  it('resolves at once when the series is already read', async () => {
    useWaterStore().markReady([])
    expect(await isResolved(seriesSettled(5_000))).toBe(true)
  })

  it('stops waiting for a series still being read after the given time', async () => {
    const settled = seriesSettled(5_000)
    await vi.advanceTimersByTimeAsync(4_900)
    expect(await isResolved(settled)).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    expect(await isResolved(settled)).toBe(true)
  })
})
