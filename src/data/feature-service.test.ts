import { describe, expect, it } from 'vitest'
import { firstPageUrl, loadFeatureService } from './feature-service.ts'

const site = (id: string) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [121.5, 30.9] }, properties: { id } })

/** Answers from memory, as a server would: `pages[n]` for the n-th request, and records the URLs asked. */
function server(pages: object[]) {
  const asked: string[] = []
  const fetchPage = (async (url: URL) => {
    asked.push(url.href)
    return new Response(JSON.stringify(pages[Math.min(asked.length - 1, pages.length - 1)]), { status: 200, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof fetch
  return { asked, fetchPage }
}

describe('reading a feature service whose paging misbehaves', () => {
  it('stops when a next page repeats the first (a server that ignores the offset) instead of drawing duplicates', async () => {
    const page = { type: 'FeatureCollection', features: [site('FX01'), site('FX02')], links: [{ rel: 'next', href: '/shuitian/ogcapi/collections/sections/items?f=json&limit=2&offset=2' }] }
    const { asked, fetchPage } = server([page])
    const load = await loadFeatureService({ kind: 'ogc-features', url: 'shuitian/ogcapi/collections/sections', pageSize: 2 }, 'http://localhost/app/', fetchPage)
    expect(load.collection.features.map((feature) => feature.properties?.id)).toEqual(['FX01', 'FX02'])
    expect(asked).toHaveLength(2)
    // A root-relative next link stays on the page's origin.
    expect(asked[1]).toBe('http://localhost/shuitian/ogcapi/collections/sections/items?f=json&limit=2&offset=2')
    expect(load.problems.map((problem) => problem.kind)).toEqual(['repeated-page'])
    expect(load.truncated).toBe(false)
  })

  it('keeps one copy of a feature that a later page sends again, and reports it', async () => {
    const { fetchPage } = server([
      { type: 'FeatureCollection', features: [site('a'), site('b')], links: [{ rel: 'next', href: 'items?offset=2' }] },
      { type: 'FeatureCollection', features: [site('b'), site('c')], links: [] },
    ])
    const load = await loadFeatureService({ kind: 'ogc-features', url: 'ogc/sites', pageSize: 2 }, 'http://localhost/', fetchPage)
    expect(load.collection.features.map((feature) => feature.properties?.id)).toEqual(['a', 'b', 'c'])
    expect(load.problems).toMatchObject([{ kind: 'duplicate-id', index: 2, value: 'b' }])
  })
})

describe('the first page', () => {
  it('never asks for more features than the layer may keep', () => {
    expect(firstPageUrl({ kind: 'ogc-features', url: 'ogc/parcels', maxFeatures: 120 }, 'http://localhost/').searchParams.get('limit')).toBe('120')
    expect(firstPageUrl({ kind: 'wfs', url: 'wfs', typeName: 'parcels', pageSize: 50, maxFeatures: 120 }, 'http://localhost/').searchParams.get('count')).toBe('50')
    expect(firstPageUrl({ kind: 'wfs', url: 'wfs', typeName: 'parcels', maxFeatures: 30 }, 'http://localhost/').searchParams.get('count')).toBe('30')
  })
})
