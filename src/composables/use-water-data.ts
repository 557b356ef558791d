/**
 * Loads the monitoring series, builds the class matrix, and sets the clock's range to the months that have
 * data (the clock opens on the latest month).
 *
 * Where the series comes from is in geodata/catalogue.json, asked for as the page starts. The shipped
 * table's download starts as soon as the catalogue names no service, beside the map's start, and is read
 * once the sections are known (first idle, issue 15 §4: 10,000 sections' table is 42 MB); a service is
 * asked for with the sections' extent, so only once they are loaded.
 */
import { watch } from 'vue'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useClockStore } from '@/stores/clock.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import type { ExtraCatalogue } from '@/data/load-catalogue.ts'
import type * as MonitoringLoader from '@/data/load-monitoring.ts'
import { MONITORING_FILE } from '@/data/monitoring/monitoring-file.ts'
import { installWaterSeries, type WaterSeries } from '@/data/water-series.ts'
import type * as ServiceSource from './monitoring-from-service.ts'

/** Resolves with the sections' ids once their layer is loaded; rejects when it fails. */
function whenSectionsLoaded(): Promise<string[]> {
  const layersStore = useLayersStore()
  return new Promise((resolve, reject) => {
    const stop = watch(
      () => layersStore.layers.sections?.status,
      (status) => {
        if (status === 'ready') resolve(layerFeatures('sections').map((feature) => String(feature.id)))
        else if (status === 'error') reject(new Error('sections layer missing'))
        else return
        queueMicrotask(() => stop())
      },
      { immediate: true },
    )
  })
}

/** `catalogue`: geodata/catalogue.json's request, shared with the map that adds its layers. */
export function useWaterData(baseUrl: string, catalogue: Promise<ExtraCatalogue>) {
  const water = useWaterStore()
  const clockStore = useClockStore()
  const sectionIds = whenSectionsLoaded()
  // Answered by load() below; not an unhandled rejection in the meantime.
  sectionIds.catch(() => {})

  /** The shipped table: downloaded from now on, read once the sections are known. */
  async function fromShippedTable(): Promise<{ series: WaterSeries | null; problems: string[] }> {
    // The CSV reader (papaparse and the table checks) runs in the monitoring worker; the page loads only
    // the worker's starter, a small chunk of its own (issue 15 §1).
    const { startMonitoringReading }: typeof MonitoringLoader = await import('@/data/load-monitoring.ts')
    const reading = startMonitoringReading(baseUrl)
    let ids: string[]
    try {
      ids = await sectionIds
    } catch (error) {
      reading.cancel()
      throw error
    }
    const file = await reading.finish(ids)
    // A table with problems says so under the layers, by row (a service's fallback notice stays as it is).
    if (file.problemCount > 0 && !water.source) {
      water.setSource({ kind: 'table', url: MONITORING_FILE, problems: file.problems, problemCount: file.problemCount })
    }
    return { series: file.series, problems: file.problems.map((problem) => `${MONITORING_FILE} row ${problem.row}: ${problem.reason}`) }
  }

  async function load() {
    try {
      // A monitoring service named in the catalogue replaces the shipped table; when it fails, the shipped
      // table is read as before and the failure stays on the water store (issue #17 §3).
      // Its reader is a chunk of its own, loaded only then (the first load stays within issue 15 §1's budget).
      const service = (await catalogue).monitoring
      const fromService =
        service !== null && service !== undefined
          ? await sectionIds.then(() => import('./monitoring-from-service.ts')).then(({ monitoringFromService }: typeof ServiceSource) => monitoringFromService(service, baseUrl))
          : null
      // Both arrive as the series' columns and class matrix, read in a worker (issue 15 §2).
      const { series, problems } = fromService ? { series: installWaterSeries(fromService.columns, fromService.matrix), problems: fromService.problems } : await fromShippedTable()
      if (!series) throw new Error(`${MONITORING_FILE}: no monitoring rows`)
      clockStore.setRange(series.first, series.last)
      // A month asked for by a link or a tour is honoured now that the real range is known; otherwise
      // the map opens on the latest data.
      clockStore.setMonth(clockStore.requestedMonth ?? series.last)
      water.markReady(problems)
    } catch (error) {
      water.markFailed(error instanceof Error ? error.message : String(error))
    }
  }

  void load()
}
