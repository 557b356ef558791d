/**
 * Issue #4 in the built app: the statistics tab shows the 2019 totals of the work report, "near" lists
 * what lies around a section nearest first (the same set as the domain function computes from the files),
 * "within" lists what lies in a town, and the measuring tool agrees with Turf.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import { distance as turfDistance } from '@turf/turf'
import { openPage, startApp, waitForMapIdle, type TestApp } from './support/browser.ts'
import { jumpTo, pagePositionOf, pointOf, readLayerFile } from './support/map-probe.ts'
import { featuresNear, featuresWithin, type LayerFeature } from '../../src/domain/spatial/index.ts'

const LAYERS = ['sections', 'remediation-plots', 'soil-parcels', 'greenways']
const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
let app: TestApp

/** Every layer file's features in catalogue order, as the app offers them to the spatial questions. */
function candidatesFromFiles(): LayerFeature[] {
  return LAYERS.flatMap((layerId) => readLayerFile(layerId).features.map((feature) => ({ layerId, feature: feature as Feature<Geometry | null> })))
}

async function openAnalysisTab(page: Page, tab: 'statistics' | 'near' | 'within' | 'measure') {
  // The drawer may sit behind a toggle on narrow screens; open it when the panel is not shown yet.
  if (!(await page.isVisible('[data-testid="analysis-panel"]')) && (await page.$('[data-testid="analysis-toggle"]'))) {
    await page.click('[data-testid="analysis-toggle"]')
  }
  await page.click(`[data-testid="analysis-tab-${tab}"]`)
}

async function resultIds(page: Page, listTestId: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${listTestId}"] button`, (buttons) => buttons.map((button) => `${button.getAttribute('data-layer')}/${button.getAttribute('data-feature')}`))
}

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('analysis panel', () => {
  it('shows the 2019 totals of the work report computed from the data', async () => {
    const { page, context } = await openPage(app)
    await openAnalysisTab(page, 'statistics')
    const total = (id: string) => page.textContent(`[data-testid="analysis-totals"] [data-total="${id}"]`)
    const expected: [string, string][] = [
      ['greenway', '23.25 公里'],
      ['corridor', '1350 亩'],
      ['park', '134.18 公顷'],
      ['vertical', '1.63 万m²'],
      ['reduction-count', '217'],
      ['reduction-area', '172.53 公顷'],
    ]
    for (const [id, text] of expected) expect(await total(id), id).toBe(text)
    // The table of the first visible layer has a totals row counting its features.
    expect(await page.$$eval('[data-testid="statistics-table"] tbody tr', (rows) => rows.length)).toBeGreaterThan(0)
    await context.close()
  })

  it('lists what lies within 1 km of FX01, nearest first, the same features as the domain finds', async () => {
    const { page, context } = await openPage(app)
    const position = pointOf(readLayerFile('sections'), 'FX01')
    await jumpTo(page, position, 13)
    const target = await pagePositionOf(page, position)
    await page.mouse.click(target.x, target.y)
    await page.waitForSelector('[data-testid="feature-card"]')
    await openAnalysisTab(page, 'near')
    expect(await page.textContent('[data-testid="near-target"]')).toBe('金汇港-钱桥')
    expect(await page.textContent('[data-testid="near-distance-value"]')).toBe('1.00 km')

    const fx01 = readLayerFile('sections').features.find((feature) => feature.properties?.id === 'FX01') as Feature<Geometry | null>
    const expected = featuresNear(fx01, candidatesFromFiles(), 1000, { targetLayerId: 'sections' }).map((result) => `${result.layerId}/${String(result.feature.properties?.id)}`)
    expect(expected.length).toBeGreaterThan(0)
    await page.waitForSelector('[data-testid="near-results"]')
    expect(await resultIds(page, 'near-results')).toEqual(expected)

    // Widening the search finds at least as much; the overlay highlights the results.
    await page.fill('[data-testid="near-distance"]', '3000')
    await page.dispatchEvent('[data-testid="near-distance"]', 'input')
    const wider = featuresNear(fx01, candidatesFromFiles(), 3000, { targetLayerId: 'sections' })
    expect((await resultIds(page, 'near-results')).length).toBe(wider.length)
    await waitForMapIdle(page)
    const highlighted = await page.evaluate(() => window.__shuitian!.map.querySourceFeatures('analysis').filter((feature) => feature.properties?.role === 'highlight').length)
    expect(highlighted).toBeGreaterThan(0)

    // Only what the map shows is listed: with the greenways switched off, none of them is.
    expect((await resultIds(page, 'near-results')).some((id) => id.startsWith('greenways/'))).toBe(true)
    await page.click('[data-testid="layer-toggle-greenways"]')
    await expect.poll(async () => (await resultIds(page, 'near-results')).filter((id) => id.startsWith('greenways/')).length).toBe(0)
    expect((await resultIds(page, 'near-results')).length).toBe(wider.filter((result) => result.layerId !== 'greenways').length)
    await context.close()
  })

  it('lists what lies in 金汇镇, as many features as the domain finds in the town boundary', async () => {
    const { page, context } = await openPage(app)
    await openAnalysisTab(page, 'within')
    await page.waitForSelector('[data-testid="within-town"] option[value="jinhui"]', { state: 'attached' })
    await page.selectOption('[data-testid="within-town"]', 'jinhui')
    await page.waitForSelector('[data-testid="within-results"]')
    const towns = JSON.parse(readFileSync(`${projectRoot}geodata/basemap/towns.geojson`, 'utf8')) as FeatureCollection
    const town = towns.features.find((feature) => feature.properties?.id === 'jinhui') as Feature<Polygon | MultiPolygon>
    const expected = featuresWithin(town, candidatesFromFiles()).map((result) => `${result.layerId}/${String(result.feature.properties?.id)}`)
    expect(expected.length).toBeGreaterThan(0)
    expect(await resultIds(page, 'within-results')).toEqual(expected)
    expect(await page.textContent('[data-testid="within-counts"]')).toContain(':')
    await context.close()
  })

  it('measures the distance between two clicked points as Turf does (within 1 %), and Esc cancels a tool', async () => {
    const { page, context } = await openPage(app)
    await openAnalysisTab(page, 'measure')
    await page.click('[data-testid="measure-distance-tool"]')
    const box = (await page.locator('[data-testid="map"]').boundingBox())!
    const first = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.4 }
    const second = { x: box.x + box.width * 0.65, y: box.y + box.height * 0.6 }
    await page.mouse.click(first.x, first.y)
    await page.mouse.dblclick(second.x, second.y)
    await page.waitForSelector('[data-testid="measure-finish"]', { state: 'detached' })
    const shownKm = Number(await page.getAttribute('[data-testid="measure-distance"]', 'data-km'))
    const [a, b] = await page.evaluate(
      (points) => {
        const map = window.__shuitian!.map
        const rect = map.getCanvas().getBoundingClientRect()
        return points.map((point) => map.unproject([point.x - rect.left, point.y - rect.top]).toArray())
      },
      [first, second],
    )
    const expectedKm = turfDistance(a!, b!, { units: 'kilometers' })
    expect(expectedKm).toBeGreaterThan(0.5)
    expect(Math.abs(shownKm - expectedKm) / expectedKm).toBeLessThan(0.01)
    // A map click while measuring must not have opened a feature card.
    expect(await page.$('[data-testid="feature-card"]')).toBeNull()

    await page.click('[data-testid="measure-area-tool"]')
    await page.mouse.click(first.x, first.y)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="measure-finish"]', { state: 'detached' })
    await context.close()
  })
})
