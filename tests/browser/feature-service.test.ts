/** Issue #6 item 5: a layer configured in geodata/catalogue.json is read page by page from an OGC API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { renderedIds } from './support/map-probe.ts'

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const TOTAL = 30
const site = (index: number) => ({
  type: 'Feature',
  id: `site-${index}`,
  geometry: { type: 'Point', coordinates: [121.45 + (index % 10) * 0.03, 30.85 + Math.floor(index / 10) * 0.04] },
  properties: { name: `服务站点${index}` },
})

describe('layers from a feature service', () => {
  it('lists, counts and draws every feature of a paged OGC API – Features collection', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/catalogue.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          layers: [{ id: 'service-sites', name: { zh: '服务站点', en: 'Service sites' }, geometry: 'point', service: { kind: 'ogc-features', url: 'ogc/collections/sites', pageSize: 12 }, cardFields: ['name'] }],
        }),
      }),
    )
    const pages: string[] = []
    await page.route('**/ogc/collections/sites/items**', (route) => {
      const url = new URL(route.request().url())
      pages.push(url.search)
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const limit = Number(url.searchParams.get('limit'))
      const features = Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => site(offset + i))
      const links = offset + limit < TOTAL ? [{ rel: 'next', href: `items?f=json&limit=${limit}&offset=${offset + limit}` }] : []
      return route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify({ type: 'FeatureCollection', features, links }) })
    })
    await page.goto(`${app.baseUrl}?c=121.58,30.89,10.5,0,0`)
    await waitForMapReady(page)
    expect(pages).toHaveLength(3)
    expect(await page.textContent('[data-testid="layer-count-service-sites"]')).toContain(String(TOTAL))
    expect((await renderedIds(page, ['service-sites-circle'])).length).toBe(TOTAL)
    await context.close()
  })

  it('reports a broken catalogue entry and keeps the shipped layers', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/catalogue.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ layers: [{ id: 'Bad Id', name: { zh: '坏' } }] }) }),
    )
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    expect(await page.textContent('[data-testid="catalogue-problems"]')).toContain('layers[0].id')
    expect(await page.getAttribute('[data-testid="layer-sections"]', 'data-status')).toBe('ready')
    await context.close()
  })
})
