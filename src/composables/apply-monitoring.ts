/**
 * Puts imported monitoring records into the running app without losing anything already loaded:
 * mergeRecords(loaded, imported) → setWaterSeries → the water store's version bump, which the map, the
 * time strip and the cards watch. The clock's range widens to the merged months, keeping its month.
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { mergeRecords, type SectionReference } from '@/data/monitoring/index.ts'
import { allSeriesRecords, setWaterSeries, waterSeries } from '@/data/water-series.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useClockStore } from '@/stores/clock.ts'

/** Section ids and names of the 'sections' layer, for matching a table's rows by code or by name. */
export function currentSections(): SectionReference[] {
  return layerFeatures('sections').map((feature) => ({ id: String(feature.id ?? feature.properties?.id), name: String(feature.properties?.name ?? '') }))
}

export function applyMonitoringRecords(imported: readonly MonitoringRecord[]): { added: number; replaced: number } {
  const current = waterSeries()
  const loaded = allSeriesRecords()
  const merged = mergeRecords(loaded, imported)
  const sectionIds = current?.matrix.sectionIds ?? currentSections().map((section) => section.id)
  const series = setWaterSeries(sectionIds, merged.records)
  const water = useWaterStore()
  if (series) {
    const clock = useClockStore()
    const month = clock.clock.month
    clock.setRange(series.first, series.last)
    clock.setMonth(month)
  }
  water.markReady(water.problems)
  return { added: merged.added, replaced: merged.replaced }
}
