/**
 * Puts an imported monitoring table into the running app without losing anything already loaded: the merge
 * worker lays the table's columns over the shown series (data/merge-monitoring.ts), the page installs the
 * result → the water store's version bump, which the map, the time strip and the cards watch. The clock's
 * range widens to the merged months, keeping its month. Merges run one after another, each over the
 * series the one before it left.
 */
import { mergedSeriesSize, packSeriesColumns, unpackSeriesColumns, type PackedSeries } from '@/domain/water-quality/index.ts'
import { ImportError } from '@/data/import/errors.ts'
import { countText, importLimits } from '@/data/import/limits.ts'
import type { SectionReference } from '@/data/monitoring/table-records.ts'
import { installWaterSeries, waterSeries } from '@/data/water-series.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { mergeMonitoring } from '@/data/merge-monitoring.ts'
import { addImportedMonitoring, importedMonitoring } from '@/data/persistence/imported-monitoring.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useClockStore } from '@/stores/clock.ts'

/** Section ids and names of the 'sections' layer, for matching a table's rows by code or by name. */
export function currentSections(): SectionReference[] {
  return layerFeatures('sections').map((feature) => ({ id: String(feature.id ?? feature.properties?.id), name: String(feature.properties?.name ?? '') }))
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Merges a table over the shown series. `fileName` given: a new import, also merged into the imports that
 * are saved; absent: imports restored from storage (they are saved already).
 */
export function applyMonitoringTable(table: PackedSeries, fileName?: string): Promise<{ added: number; replaced: number } | null> {
  const next = queue.then(() => merge(table, fileName))
  queue = next.catch(() => undefined)
  return next
}

/**
 * Refuses a table that would make the series too large, before anything is copied or merged: the series is
 * dense (every section × every month from the first to the last), so two rows 120 years apart would give
 * every section of the map 1,452 months.
 */
function refuseOversizedMerge(current: ReturnType<typeof waterSeries>, table: PackedSeries, fileName: string): void {
  const size = mergedSeriesSize(current?.columns ?? null, table)
  const limit = importLimits.maxSeriesCells
  if (size.cells <= limit) return
  throw new ImportError(
    'too-large',
    fileName,
    `合并后监测数据将有 ${countText(size.cells)} 个断面月（${countText(size.sections)} 个断面 × ${size.months} 个月，${size.first} 至 ${size.last}），超过上限 ${countText(limit)}，未合并；请只导入需要的年份`,
    `merged, the monitoring data would hold ${countText(size.cells)} section-months (${countText(size.sections)} sections × ${size.months} months, ${size.first} to ${size.last}), over the limit of ${countText(limit)}; nothing was merged. Import only the years you need`,
  )
}

async function merge(table: PackedSeries, fileName: string | undefined): Promise<{ added: number; replaced: number } | null> {
  const current = waterSeries()
  refuseOversizedMerge(current, table, fileName ?? importedMonitoring().fileNames.join('、'))
  const sectionIds = [...(current?.matrix.sectionIds ?? currentSections().map((section) => section.id))]
  const result = await mergeMonitoring({
    shown: current ? packSeriesColumns(current.columns) : null,
    saved: fileName ? importedMonitoring().columns : null,
    table,
    sectionIds,
    mergeSaved: fileName !== undefined,
  })
  if (!result) return null
  const series = installWaterSeries(unpackSeriesColumns(result.series), result.matrix)
  if (fileName && result.saved) addImportedMonitoring(result.saved, fileName)
  const water = useWaterStore()
  if (series) {
    const clock = useClockStore()
    const month = clock.clock.month
    clock.setRange(series.first, series.last)
    clock.setMonth(month)
  }
  water.markReady(water.problems)
  return { added: result.added, replaced: result.replaced }
}
