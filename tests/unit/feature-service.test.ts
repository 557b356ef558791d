/** Reading layers from OGC API – Features and WFS servers, against a real HTTP server on loopback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadFeatureService } from '@/data/feature-service.ts'
import { LayerLoadError } from '@/data/load-layer.ts'

const TOTAL = 25
const point = (index: number) => ({
  type: 'Feature',
  id: `site-${index}`,
  geometry: { type: 'Point', coordinates: [121.4 + index * 0.01, 30.9] },
  properties: { name: `站点${index}` },
})

let server: Server
let base = ''
const requests: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    requests.push(url.pathname + url.search)
    response.setHeader('Content-Type', 'application/json')
    if (url.pathname === '/ogc/collections/sites/items') {
      const limit = Number(url.searchParams.get('limit'))
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const features = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => point(offset + i))
      const links = offset + limit < TOTAL ? [{ rel: 'next', href: `/ogc/collections/sites/items?f=json&limit=${limit}&offset=${offset + limit}` }] : []
      return response.end(JSON.stringify({ type: 'FeatureCollection', features, links }))
    }
    if (url.pathname === '/geoserver/wfs') {
      const count = Number(url.searchParams.get('count'))
      const start = Number(url.searchParams.get('startIndex'))
      const features = Array.from({ length: Math.max(0, Math.min(count, TOTAL - start)) }, (_, i) => point(start + i))
      return response.end(JSON.stringify({ type: 'FeatureCollection', features }))
    }
    if (url.pathname === '/broken/items') return response.end('{"type":"FeatureCollection","features":[')
    response.statusCode = 404
    response.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('loadFeatureService', () => {
  it('follows the next links of an OGC API – Features collection until every feature is read', async () => {
    const result = await loadFeatureService({ kind: 'ogc-features', url: 'ogc/collections/sites', pageSize: 10 }, base)
    expect(result.collection.features).toHaveLength(TOTAL)
    expect(result.pages).toBe(3)
    expect(result.truncated).toBe(false)
    expect(result.collection.features[24]!.properties!.id).toBe('site-24')
  })

  it('pages a WFS 2.0 GetFeature request with startIndex and asks for WGS84 GeoJSON', async () => {
    requests.length = 0
    const result = await loadFeatureService({ kind: 'wfs', url: 'geoserver/wfs', typeName: 'fx:sites', pageSize: 10 }, base)
    expect(result.collection.features).toHaveLength(TOTAL)
    expect(requests[0]).toContain('request=GetFeature')
    expect(requests[0]).toContain('srsName=EPSG%3A4326')
    expect(requests.map((request) => new URL(request, base).searchParams.get('startIndex'))).toEqual(['0', '10', '20'])
  })

  it('stops at the configured maximum and says the layer was cut', async () => {
    const result = await loadFeatureService({ kind: 'ogc-features', url: 'ogc/collections/sites', pageSize: 10, maxFeatures: 15 }, base)
    expect(result.collection.features).toHaveLength(15)
    expect(result.truncated).toBe(true)
  })

  it('names the service when a page is broken or missing', async () => {
    await expect(loadFeatureService({ kind: 'ogc-features', url: 'broken' }, base)).rejects.toMatchObject({
      failure: { file: 'broken', kind: 'invalid-json' },
    })
    const missing = await loadFeatureService({ kind: 'ogc-features', url: 'nothing/here' }, base).catch((error) => error)
    expect(missing).toBeInstanceOf(LayerLoadError)
    expect((missing as LayerLoadError).failure.kind).toBe('missing')
  })
})
