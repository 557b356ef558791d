/**
 * The monitoring series of a service (issue #17 §3) read into the series' columns and their class matrix:
 * the pages fetched and their rows checked (monitoring-service.ts, service-rows.ts), then the same
 * columns and matrix as the shipped table's (series-read.ts). Runs in the monitoring service worker
 * (service-series.worker.ts, issue 15 §2), or on the page where no worker can start.
 */
import { buildSeriesColumns } from '@/domain/water-quality/index.ts'
import { loadMonitoringService } from '../monitoring-service.ts'
import type { Extent, MonitoringProgress, MonitoringService } from './service-entry.ts'
import { seriesReadOf, type SeriesRead } from './series-read.ts'
import type { SectionReference } from './table-records.ts'

export interface ServiceSeriesRequest {
  service: MonitoringService
  /** Absolute: a worker has no document to resolve a relative one against. */
  baseUrl: string
  /** The matrix's sections, in the map's order. */
  sectionIds: string[]
  /** Ids and names, for matching the rows by code or by name. */
  sections: SectionReference[]
  /** The sections' extent, asked of the service; null for none. */
  extent: Extent | null
}

export interface ServiceSeriesRead extends SeriesRead {
  /** Rows read, pages fetched, and whether the service had more rows than `maxFeatures`. */
  read: number
  pages: number
  truncated: boolean
}

export async function readServiceSeries(
  request: ServiceSeriesRequest,
  onProgress?: (progress: MonitoringProgress) => void,
  fetchPage?: typeof fetch,
): Promise<ServiceSeriesRead> {
  const { service, baseUrl, sections, extent } = request
  const loaded = await loadMonitoringService(service, { baseUrl, sections, extent, onProgress, fetchPage })
  const read = seriesReadOf(buildSeriesColumns(loaded.records, request.sectionIds), request.sectionIds, loaded.problems)
  return { ...read, read: loaded.read, pages: loaded.pages, truncated: loaded.truncated }
}
