/**
 * Reads a layer from a feature service, page by page, as GeoJSON: OGC API – Features (`/items`, following
 * the `next` link) or WFS 2.0 GetFeature (`startIndex`/`count`, outputFormat application/json, EPSG:4326).
 * The number of features is capped so that a misconfigured layer cannot exhaust the browser; the cap is
 * reported. Anything that goes wrong names the service URL.
 */
import type { Feature } from 'geojson'
import type { FeatureService } from '@/domain/layers/types.ts'
import { validateFeatureCollection } from './geojson-validation.ts'
import { LayerLoadError, type LoadedLayer } from './load-layer.ts'

const DEFAULT_PAGE_SIZE = 1000
const DEFAULT_MAX_FEATURES = 50_000
const MAX_PAGES = 500

export interface ServiceLoad extends LoadedLayer {
  /** True when the service had more features than `maxFeatures`. */
  truncated: boolean
  pages: number
}

/** Features asked for per page: never more than the layer may keep. */
const pageSizeOf = (service: FeatureService) => Math.min(service.pageSize ?? DEFAULT_PAGE_SIZE, service.maxFeatures ?? DEFAULT_MAX_FEATURES)

/** The URL of the first page. */
export function firstPageUrl(service: FeatureService, baseUrl: string): URL {
  const pageSize = pageSizeOf(service)
  if (service.kind === 'ogc-features') {
    const url = new URL(`${service.url.replace(/\/$/, '')}/items`, baseUrl)
    url.searchParams.set('f', 'json')
    url.searchParams.set('limit', String(pageSize))
    return url
  }
  const url = new URL(service.url, baseUrl)
  for (const [key, value] of Object.entries({
    service: 'WFS',
    version: '2.0.0',
    request: 'GetFeature',
    typeNames: service.typeName,
    outputFormat: 'application/json',
    srsName: 'EPSG:4326',
    count: String(pageSize),
    startIndex: '0',
  })) {
    url.searchParams.set(key, value)
  }
  return url
}

/** The next page: the `next` link of an OGC API response, or the next WFS start index. */
export function nextPageUrl(service: FeatureService, current: URL, page: { links?: unknown; features: unknown[] }): URL | null {
  if (service.kind === 'ogc-features') {
    const links = Array.isArray(page.links) ? (page.links as { rel?: unknown; href?: unknown }[]) : []
    const next = links.find((link) => link.rel === 'next' && typeof link.href === 'string')
    return next ? new URL(String(next.href), current) : null
  }
  const pageSize = pageSizeOf(service)
  if (page.features.length < pageSize) return null
  const next = new URL(current)
  next.searchParams.set('startIndex', String(Number(current.searchParams.get('startIndex') ?? 0) + page.features.length))
  return next
}

export async function loadFeatureService(service: FeatureService, baseUrl: string, fetchPage: typeof fetch = fetch): Promise<ServiceLoad> {
  const file = service.url
  const maxFeatures = service.maxFeatures ?? DEFAULT_MAX_FEATURES
  const features: Feature[] = []
  const problems: LoadedLayer['problems'] = []
  let url: URL | null = firstPageUrl(service, baseUrl)
  let pages = 0
  // Ids read so far: a page after the first that brings only these means the server ignores the offset
  // and would send the first page for ever (Debian 12's MapServer 8.0.0, issue #6613): stop there.
  const seen = new Set<string>()
  const idOf = (feature: Feature) => String(feature.properties?.id ?? feature.id ?? '')
  let repeated = false
  while (url && pages < MAX_PAGES && features.length < maxFeatures) {
    let response: Response
    try {
      response = await fetchPage(url)
    } catch (error) {
      throw new LayerLoadError({ file, kind: 'unreachable', detail: String(error) })
    }
    if (!response.ok) throw new LayerLoadError({ file, kind: response.status === 404 ? 'missing' : 'http', detail: `HTTP ${response.status} (${url.href})` })
    let page: { links?: unknown; features: unknown[]; type?: unknown }
    try {
      page = JSON.parse(await response.text())
    } catch (error) {
      throw new LayerLoadError({ file, kind: 'invalid-json', detail: (error as Error).message })
    }
    let validated
    try {
      validated = validateFeatureCollection(page)
    } catch (error) {
      throw new LayerLoadError({ file, kind: 'not-geojson', detail: (error as Error).message })
    }
    const offset = features.length
    const fresh = validated.collection.features.filter((feature) => !seen.has(idOf(feature)))
    if (pages > 0 && fresh.length === 0 && validated.collection.features.length > 0) {
      repeated = true
      problems.push({ index: offset, kind: 'repeated-page', limit: offset, reason: `after ${offset} features the service sent features already read again (it ignores paging); the rest were not read` })
      break
    }
    problems.push(...validated.problems.map((problem) => ({ ...problem, index: problem.index + offset })))
    validated.collection.features.forEach((feature, index) => {
      if (seen.has(idOf(feature))) problems.push({ index: offset + index, kind: 'duplicate-id', reason: `duplicate id ${idOf(feature)}`, value: idOf(feature) })
    })
    for (const feature of fresh) seen.add(idOf(feature))
    features.push(...fresh)
    pages++
    url = nextPageUrl(service, url, page)
  }
  const truncated = !repeated && (url !== null || features.length > maxFeatures)
  if (truncated) {
    problems.push({ index: maxFeatures, kind: 'truncated', limit: maxFeatures, reason: `only the first ${maxFeatures} features were read (maxFeatures of the service)` })
  }
  return {
    collection: { type: 'FeatureCollection', features: features.slice(0, maxFeatures) },
    problems,
    truncated,
    pages,
  }
}
