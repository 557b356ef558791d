/**
 * Loads the monitoring series once the sections are known, builds the class matrix, and sets the
 * clock's range to the months that have data (the clock opens on the latest month).
 */
import { watch } from 'vue'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useClockStore } from '@/stores/clock.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import type * as MonitoringLoader from '@/data/load-monitoring.ts'
import { installWaterSeries } from '@/data/water-series.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import type * as ServiceSource from './monitoring-from-service.ts'

export function useWaterData(baseUrl: string) {
  const layersStore = useLayersStore()
  const water = useWaterStore()
  const clockStore = useClockStore()
  const catalogue = useCatalogueStore()

  async function load() {
    try {
      // A monitoring service named in the catalogue replaces the shipped table; when it fails, the shipped
      // table is read as before and the failure stays on the water store (issue #17 §3).
      // Its reader is a chunk of its own, loaded only then (the first load stays within issue 15 §1's budget).
      const service = catalogue.monitoring
      const fromService = service !== null && service !== undefined
        ? await import('./monitoring-from-service.ts').then(({ monitoringFromService }: typeof ServiceSource) => monitoringFromService(service, baseUrl))
        : null
      // The CSV reader (papaparse and the table checks) is a chunk of its own, loaded once the sections
      // are on the map rather than before the first map (issue 15 §1); it is small and comes from the
      // app's own origin or its offline cache.
      const { loadMonitoringSeries, MONITORING_FILE }: typeof MonitoringLoader = await import('@/data/load-monitoring.ts')
      const sectionIds = layerFeatures('sections').map((feature) => String(feature.id))
      // Both arrive as the series' columns and class matrix, read in a worker (issue 15 §2): the shipped
      // table row by row, a service's rows after their checks.
      const { series, problems } = fromService
        ? { series: installWaterSeries(fromService.columns, fromService.matrix), problems: fromService.problems }
        : await loadMonitoringSeries(baseUrl, sectionIds).then((file) => ({
            series: file.series,
            problems: file.problems.map((problem) => `${MONITORING_FILE} row ${problem.row}: ${problem.reason}`),
          }))
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

  let started = false
  watch(
    () => layersStore.layers.sections?.status,
    (status) => {
      if (status === 'ready' && !started) {
        started = true
        void load()
      } else if (status === 'error') {
        water.markFailed('sections layer missing')
      }
    },
    { immediate: true },
  )
}
