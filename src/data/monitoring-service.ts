/**
 * Reads the monitoring series from a feature service (issue #17 §3): an OGC API – Features collection or a
 * WFS 2.0 feature type with one feature per section and month and one property per indicator, named in
 * geodata/catalogue.json → `monitoring`. Asks only for the sections' extent (`bbox`) and, when the
 * catalogue gives one, the month range (OGC API `datetime`; a WFS filter on the month property), follows the
 * pages (`next` links / `startIndex`), reports progress, and turns the rows into records with the CSV's
 * row reader (monitoring/service-rows.ts). What the stack's MapServer 8.0.0 honours: `bbox` and `limit`
 * (OGC API), `startIndex`, `count` and FILTER (WFS); it ignores `datetime` and `offset` (OGC API), so the
 * months are filtered here too and a repeated page stops the read. Runs in the monitoring service worker
 * (monitoring/read-service.ts, issue 15 §2), or on the page where no worker can start; the page's own
 * code for a service — the entry's check, the failure's words — is monitoring/service-entry.ts.
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { readServiceRows } from './monitoring/service-rows.ts'
import type { RowProblem, SectionReference } from './monitoring/index.ts'
import { MonitoringServiceError, type Extent, type MonitoringProgress, type MonitoringService } from './monitoring/service-entry.ts'

export { MonitoringServiceError, monitoringServiceOf, type Extent, type MonitoringProgress, type MonitoringService, type MonitoringServiceFailure } from './monitoring/service-entry.ts'

/** Large pages: a month-by-section table has many small rows, and MapServer 8.0.0 cannot page (see above). */
export const MONITORING_PAGE_SIZE = 5000
/** 2.4 million rows (20,000 sections × 10 years) would not fit a tab; an aggregate view should serve fewer. */
export const MONITORING_MAX_FEATURES = 200_000
const MAX_PAGES = 1000

export interface MonitoringServiceLoad {
  records: MonitoringRecord[]
  problems: RowProblem[]
  read: number
  pages: number
  /** True when the service had more rows than `maxFeatures`: only the first were read. */
  truncated: boolean
}

const pageSizeOf = (service: MonitoringService) => Math.min(service.pageSize ?? MONITORING_PAGE_SIZE, service.maxFeatures ?? MONITORING_MAX_FEATURES)

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`
}

/** OGC API `datetime` (RFC 3339 interval, `..` for an open end). */
export function datetimeOf(service: MonitoringService): string | null {
  if (!service.from && !service.to) return null
  const start = service.from ? `${service.from}-01T00:00:00Z` : '..'
  const end = service.to ? `${lastDayOf(service.to)}T23:59:59Z` : '..'
  return `${start}/${end}`
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** WFS 2.0 FILTER (OGC Filter Encoding 2.0): the extent (lat/lon axis order of urn EPSG 4326) and the months. */
export function wfsFilterOf(service: MonitoringService, extent: Extent | null): string | null {
  const property = xmlText(service.monthProperty ?? 'month')
  const parts: string[] = []
  if (extent) {
    const [west, south, east, north] = extent
    parts.push(`<BBOX><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>${south} ${west}</gml:lowerCorner><gml:upperCorner>${north} ${east}</gml:upperCorner></gml:Envelope></BBOX>`)
  }
  if (service.from) parts.push(`<PropertyIsGreaterThanOrEqualTo><ValueReference>${property}</ValueReference><Literal>${xmlText(service.from)}</Literal></PropertyIsGreaterThanOrEqualTo>`)
  if (service.to) parts.push(`<PropertyIsLessThanOrEqualTo><ValueReference>${property}</ValueReference><Literal>${xmlText(service.to)}</Literal></PropertyIsLessThanOrEqualTo>`)
  if (parts.length === 0) return null
  const body = parts.length === 1 ? parts[0] : `<And>${parts.join('')}</And>`
  return `<Filter xmlns="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2">${body}</Filter>`
}

/** The first page: only the sections' extent and the months asked for. */
export function firstMonitoringUrl(service: MonitoringService, baseUrl: string, extent: Extent | null): URL {
  const pageSize = String(pageSizeOf(service))
  if (service.kind === 'ogc-features') {
    const url = new URL(`${service.url.replace(/\/$/, '')}/items`, baseUrl)
    url.searchParams.set('f', 'json')
    url.searchParams.set('limit', pageSize)
    if (extent) url.searchParams.set('bbox', extent.join(','))
    const datetime = datetimeOf(service)
    if (datetime) url.searchParams.set('datetime', datetime)
    return url
  }
  const url = new URL(service.url, baseUrl)
  const query: Record<string, string> = {
    service: 'WFS', version: '2.0.0', request: 'GetFeature', typeNames: service.typeName ?? '', outputFormat: 'application/json',
    srsName: 'EPSG:4326', count: pageSize, startIndex: '0',
  }
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  const filter = wfsFilterOf(service, extent)
  if (filter) url.searchParams.set('FILTER', filter)
  return url
}

interface Page {
  features: { id?: unknown; properties?: unknown }[]
  links?: unknown
  numberMatched?: unknown
  totalFeatures?: unknown
}

function nextUrl(service: MonitoringService, current: URL, page: Page): URL | null {
  if (service.kind === 'ogc-features') {
    const links = Array.isArray(page.links) ? (page.links as { rel?: unknown; href?: unknown }[]) : []
    const next = links.find((link) => link.rel === 'next' && typeof link.href === 'string')
    return next ? new URL(String(next.href), current) : null
  }
  if (page.features.length < pageSizeOf(service)) return null
  const next = new URL(current)
  next.searchParams.set('startIndex', String(Number(current.searchParams.get('startIndex') ?? 0) + page.features.length))
  return next
}

async function readPage(url: URL, fetchPage: typeof fetch): Promise<Page> {
  let response: Response
  try {
    response = await fetchPage(url)
  } catch (error) {
    throw new MonitoringServiceError('unreachable', url.href, String(error))
  }
  if (!response.ok) throw new MonitoringServiceError('http', url.href, `HTTP ${response.status}`)
  const text = await response.text()
  let page: unknown
  try {
    page = JSON.parse(text)
  } catch (error) {
    // A WFS exception report (XML) or an HTML error page: its first words say what the server thought.
    throw new MonitoringServiceError('invalid-body', url.href, `${(error as Error).message}: ${text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160)}`)
  }
  const features = (page as Page | null)?.features
  if (!Array.isArray(features)) throw new MonitoringServiceError('invalid-body', url.href, 'no "features" list')
  return page as Page
}

const countOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export async function loadMonitoringService(
  service: MonitoringService,
  options: { baseUrl: string; sections: readonly SectionReference[]; extent: Extent | null; onProgress?: (progress: MonitoringProgress) => void; fetchPage?: typeof fetch },
): Promise<MonitoringServiceLoad> {
  const fetchPage = options.fetchPage ?? fetch
  const maxFeatures = service.maxFeatures ?? MONITORING_MAX_FEATURES
  const rows: Record<string, unknown>[] = []
  const seen = new Set<string>()
  let url: URL | null = firstMonitoringUrl(service, options.baseUrl, options.extent)
  let pages = 0
  let total: number | null = null
  while (url && pages < MAX_PAGES && rows.length < maxFeatures) {
    const page = await readPage(url, fetchPage)
    total ??= countOf(page.numberMatched) ?? countOf(page.totalFeatures)
    const ids = page.features.map((feature, index) => {
      const properties = (feature?.properties ?? {}) as Record<string, unknown>
      return String(feature?.id ?? properties.fid ?? properties.id ?? `${pages}:${index}`)
    })
    // A page after the first with only rows already read: the server ignores the offset (MapServer 8.0.0
    // over PostGIS, #6613) and would send them for ever. A partial series would show wrong classes as
    // right, so the read fails rather than keeping part of it.
    if (pages > 0 && page.features.length > 0 && ids.every((id) => seen.has(id))) {
      // The detail is the rows read and the rows the server counts: the UI words the advice (pageSize above that, or WFS).
      throw new MonitoringServiceError('repeated-page', url.href, `${rows.length}/${total ?? '?'}`)
    }
    page.features.forEach((feature, index) => {
      if (seen.has(ids[index]!)) return
      seen.add(ids[index]!)
      rows.push((feature?.properties ?? {}) as Record<string, unknown>)
    })
    pages++
    options.onProgress?.({ pages, read: rows.length, total })
    url = nextUrl(service, url, page)
  }
  const truncated = url !== null || rows.length > maxFeatures
  const table = await readServiceRows(rows.slice(0, maxFeatures), options.sections, { from: service.from, to: service.to })
  if (table.records.length === 0) throw new MonitoringServiceError('no-rows', firstMonitoringUrl(service, options.baseUrl, options.extent).href, String(table.read))
  return { records: table.records, problems: table.problems, read: table.read, pages, truncated }
}
