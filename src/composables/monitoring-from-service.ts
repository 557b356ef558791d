/**
 * The monitoring series from the catalogue's service (issue #17 §3), for useWaterData: reads it with the
 * sections' extent (in the monitoring service worker, issue 15 §2), shows the progress in the water store,
 * and answers the series' columns, class matrix and problems as the shipped table's reader does. A
 * failure is recorded on the store by service URL and answered with null, so the caller keeps the
 * shipped table. Only the entry's check and the worker's starter load on the page, no row reader.
 */
import type { ClassMatrix, SeriesColumns } from '@/domain/water-quality/index.ts'
import { monitoringServiceOf, type Extent } from '@/data/monitoring/service-entry.ts'
import { loadServiceSeries } from '@/data/load-monitoring-service.ts'
import { CATALOGUE_FILE } from '@/data/load-catalogue.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { useWaterStore } from '@/stores/water.ts'

/** Section ids and names, for matching the rows (as apply-monitoring's currentSections, without its table readers). */
const currentSections = () =>
  layerFeatures('sections').map((feature) => ({ id: String(feature.id ?? feature.properties?.id), name: String(feature.properties?.name ?? '') }))

function coordinatesOf(value: unknown): number[][] {
  if (!Array.isArray(value)) return []
  return typeof value[0] === 'number' ? [value as number[]] : value.flatMap(coordinatesOf)
}

/** The sections' extent: the only part of a city-wide table the map needs. */
export function sectionsExtent(): Extent | null {
  let extent: Extent | null = null
  for (const feature of layerFeatures('sections')) {
    for (const [x, y] of coordinatesOf((feature.geometry as { coordinates?: unknown } | null)?.coordinates)) {
      if (x === undefined || y === undefined) continue
      extent = extent ? [Math.min(extent[0], x), Math.min(extent[1], y), Math.max(extent[2], x), Math.max(extent[3], y)] : [x, y, x, y]
    }
  }
  // A small margin (≈100 m): a section on the extent's edge is inside for any server's rounding.
  return extent && [extent[0] - 0.001, extent[1] - 0.001, extent[2] + 0.001, extent[3] + 0.001]
}

/** `entry`: the catalogue's `monitoring` as written. */
export async function monitoringFromService(
  entry: unknown,
  baseUrl: string,
): Promise<{ columns: SeriesColumns | null; matrix: ClassMatrix | null; problems: string[] } | null> {
  const water = useWaterStore()
  const service = monitoringServiceOf(entry)
  if (!service) {
    water.setSource({ kind: 'fallback', url: CATALOGUE_FILE, failure: { kind: 'bad-entry', detail: JSON.stringify(entry).slice(0, 160) } })
    return null
  }
  water.setSource({ kind: 'service', url: service.url })
  water.setProgress({ pages: 0, read: 0, total: null })
  try {
    const loaded = await loadServiceSeries(
      {
        service,
        baseUrl,
        // The matrix's sections as the shipped table's (use-water-data.ts); ids and names for matching rows.
        sectionIds: layerFeatures('sections').map((feature) => String(feature.id)),
        sections: currentSections(),
        extent: service.bbox === false ? null : sectionsExtent(),
      },
      (progress) => water.setProgress(progress),
    )
    water.setSource({
      kind: 'service',
      url: service.url,
      read: loaded.read,
      pages: loaded.pages,
      truncated: loaded.truncated,
      problems: loaded.problems,
      problemCount: loaded.problemCount,
    })
    return {
      columns: loaded.columns,
      matrix: loaded.matrix,
      problems: loaded.problems.map((problem) => `${service.url} row ${problem.row}: ${problem.reason}`),
    }
  } catch (error) {
    const failure = error instanceof Error && 'kind' in error ? { kind: String(error.kind), detail: String((error as { detail?: unknown }).detail ?? error.message) } : { kind: 'unreachable', detail: String(error) }
    water.setSource({ kind: 'fallback', url: service.url, failure })
    return null
  } finally {
    water.setProgress(null)
  }
}
