/**
 * The first map a planner sees is the sections coloured by their class. Work put off past the first map
 * (the pollution-source family, whose layers join hidden) waits for that one, so that it does not compete
 * with reading and drawing the series: the family starting at the map's first idle delayed the coloured
 * map by 0.6–0.8 s at 10,000 sections (issue 15 §4, docs/performance.md).
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useWaterStore } from '@/stores/water.ts'

/** How long deferred work waits for a series still being read (a slow monitoring service) before it starts. */
export const SERIES_WAIT_MS = 5_000

/** Resolves once the series is read or has failed, or after `waitMs`. */
export function seriesSettled(waitMs = SERIES_WAIT_MS): Promise<void> {
  const water = useWaterStore()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      // The watcher may call this while it is being created, before `stop` exists.
      queueMicrotask(() => stop())
      resolve()
    }
    const timer = setTimeout(done, waitMs)
    const stop = watch(
      () => water.status,
      (status) => {
        if (status !== 'loading') done()
      },
      { immediate: true },
    )
  })
}

/** Resolves at the map's next idle after the series is settled: the sections are drawn in their classes. */
export async function firstColouredMap(map: MapLibreMap, waitMs = SERIES_WAIT_MS): Promise<void> {
  await seriesSettled(waitMs)
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve())
    map.triggerRepaint()
  })
}
