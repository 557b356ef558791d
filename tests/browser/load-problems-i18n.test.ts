/**
 * Problems found while loading — a malformed catalogue entry, features skipped from a service, a broken
 * tour file — are worded in the planner's language: Chinese by default, English with lang=en. Each names
 * the file and the place (entry, feature number, stop).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const tour = JSON.parse(readFileSync(`${projectRoot}geodata/tours/2019-inspection.json`, 'utf8')) as { id: string; stops: { camera: Record<string, unknown> }[] }

async function routeCatalogue(page: Page) {
  await page.route('**/geodata/catalogue.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        layers: [
          { id: 'Bad Id', name: { zh: '坏' } },
          { id: 'service-sites', name: { zh: '服务站点', en: 'Service sites' }, geometry: 'point', service: { kind: 'ogc-features', url: 'ogc/collections/sites' } },
        ],
      }),
    }),
  )
  await page.route('**/ogc/collections/sites/items**', (route) =>
    route.fulfill({
      contentType: 'application/geo+json',
      body: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [121.5, 30.9] }, properties: {} },
          { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [121.5, 30.9] }, properties: {} },
          { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [121.51, 30.9] }, properties: {} },
        ],
      }),
    }),
  )
}

describe.each([
  [
    'zh', '', ['layers[0].id 只能由小写字母'], '#0 缺少 "id" 属性；#2 id a 重复', ['2019-inspection.json', 'stops[1].camera.zoom（第 2 站）：应为 0 到 22 之间的数字'],
    { index: 'geodata/tours/index.json：不是有效的 JSON（', file: 'geodata/tours/2019-inspection.json：无法读取（HTTP 404）' },
  ],
  [
    'en', '&lang=en', ['layers[0].id must be lower-case'], '#0 no "id" property; #2 duplicate id a', ['2019-inspection.json: stops[1].camera.zoom (stop 2) must be a number between 0 and 22'],
    { index: 'geodata/tours/index.json: is not valid JSON (', file: 'geodata/tours/2019-inspection.json: cannot be read (HTTP 404)' },
  ],
] as const)('loading problems in %s', (_locale, lang, catalogueTexts, skippedText, tourTexts, libraryTexts) => {
  it('words catalogue problems and skipped features', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    await routeCatalogue(page)
    await page.goto(`${app.baseUrl}?m=2019-01${lang}`)
    await waitForMapReady(page)
    const problems = await page.textContent('[data-testid="catalogue-problems"]')
    for (const text of catalogueTexts) expect(problems).toContain(text)
    expect(await page.textContent('[data-testid="layer-service-sites"] .layer-item__warning')).toContain(skippedText)
    await context.close()
  })

  it('words the problems of a malformed tour', async () => {
    const broken = structuredClone(tour)
    broken.stops[1]!.camera = { center: [121.5, 30.9], zoom: 99 }
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.route('**/geodata/tours/2019-inspection.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }))
    await page.goto(`${app.baseUrl}?m=2019-01&tour=${tour.id}&stop=1${lang}`)
    const error = await page.waitForSelector('[data-testid="tour-error"]', { timeout: 90_000 })
    const text = await error.textContent()
    for (const expected of tourTexts) expect(text).toContain(expected)
    await context.close()
  })

  it('words a tour index and a tour file that cannot be used', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.route('**/geodata/tours/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"tours": [' }))
    await page.goto(`${app.baseUrl}?m=2019-01${lang}`)
    await waitForMapReady(page)
    await page.click('[data-testid="tour-panel-toggle"]')
    expect(await (await page.waitForSelector('[data-testid="tour-list-error"]')).textContent()).toContain(libraryTexts.index)

    await page.unroute('**/geodata/tours/index.json')
    await page.route('**/geodata/tours/2019-inspection.json', (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(`${app.baseUrl}?m=2019-01&tour=${tour.id}&stop=1${lang}`)
    const error = await page.waitForSelector('[data-testid="tour-error"]', { timeout: 90_000 })
    expect(await error.textContent()).toContain(libraryTexts.file)
    await context.close()
  })
})
