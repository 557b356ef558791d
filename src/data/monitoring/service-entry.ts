/**
 * The catalogue's `monitoring` entry (issue #17 §3) and the words a read of it ends in — what the page
 * needs to ask the monitoring service worker for the series and to show the answer, without any of the
 * row readers (those run in the worker, issue 15 §2: monitoring/service-series.worker.ts).
 */
export interface MonitoringService {
  kind: 'ogc-features' | 'wfs'
  /** The collection (OGC API) or the WFS endpoint, relative to the app or absolute. */
  url: string
  /** WFS feature type. */
  typeName?: string
  /** First and last month to ask for (YYYY-MM), both optional. */
  from?: string
  to?: string
  /** False for a collection without geometry: no `bbox` is sent (default: the sections' extent). */
  bbox?: boolean
  /** The month property, for the WFS filter (default `month`). */
  monthProperty?: string
  pageSize?: number
  maxFeatures?: number
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The catalogue's `"monitoring"` entry, checked: `{"kind": "ogc-features", url, from?, to?, pageSize?,
 * maxFeatures?, bbox?}` or `{"kind": "wfs", url, typeName, monthProperty?, …}`; null when it is not one.
 */
export function monitoringServiceOf(raw: unknown): MonitoringService | null {
  const service = (raw ?? {}) as Record<string, unknown>
  if (![service.from, service.to].every((month) => month === undefined || (typeof month === 'string' && MONTH.test(month)))) return null
  const options = {
    ...(typeof service.from === 'string' ? { from: service.from } : {}),
    ...(typeof service.to === 'string' ? { to: service.to } : {}),
    ...(typeof service.pageSize === 'number' && service.pageSize > 0 ? { pageSize: service.pageSize } : {}),
    ...(typeof service.maxFeatures === 'number' && service.maxFeatures > 0 ? { maxFeatures: service.maxFeatures } : {}),
    ...(isText(service.monthProperty) ? { monthProperty: service.monthProperty } : {}),
    ...(service.bbox === false ? { bbox: false } : {}),
  }
  if (service.kind === 'ogc-features' && isText(service.url)) return { kind: 'ogc-features', url: service.url, ...options }
  if (service.kind === 'wfs' && isText(service.url) && isText(service.typeName)) return { kind: 'wfs', url: service.url, typeName: service.typeName, ...options }
  return null
}

export type MonitoringServiceFailure = 'unreachable' | 'http' | 'invalid-body' | 'repeated-page' | 'no-rows' | 'bad-entry'

/**
 * `detail`: the HTTP status ('HTTP 500'), the parser's words and the start of the body ('invalid-body'),
 * `read/total` rows ('repeated-page'), the rows read ('no-rows'), the browser's error ('unreachable').
 */
export class MonitoringServiceError extends Error {
  constructor(
    readonly kind: MonitoringServiceFailure,
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url}: ${kind} (${detail})`)
    this.name = 'MonitoringServiceError'
  }
}

export interface MonitoringProgress {
  pages: number
  /** Rows received so far. */
  read: number
  /** Rows the server says match (OGC API `numberMatched`, WFS `numberMatched`/`totalFeatures`), when it says. */
  total: number | null
}

export type Extent = [west: number, south: number, east: number, north: number]
