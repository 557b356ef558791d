/**
 * Issue 12 items 5 and 6 in the built app: imported layers never hide the sections (points above lines
 * above polygons), a file's own colours are honoured (KML Style/StyleMap, GeoJSON simplestyle) and a
 * non-colour is reported, the planner's layer order follows the keyboard into the map, a reload and a
 * link; an imported point's card is titled by its 名称 column and says the coordinates' system; two
 * imports get two palette colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, waitForMapReady, type TestApp } from './support/browser.ts'
import { importAndCommit, importedLayerId, importJob, pickFile } from './support/import-centre.ts'
import { colourAt, coloursClose, countColourPixelsNear, pagePositionOf, pointOf, readLayerFile } from './support/map-probe.ts'
import { expectedClasses } from './support/water-truth.ts'
import { WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'

const MONTH = '2019-06'
const TOWNS = 'towns-outline.kml'
const PLOTS = 'plots-simplestyle.geojson'
const STATIONS = 'stations.csv'
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** A section of class Ⅳ at MONTH (GB 3838-2002 single-factor class, computed by the test's own engine). */
function classFourSection(): { id: string; position: [number, number] } {
  const truth = expectedClasses()
  const id = truth.sections.find((sectionId) => truth.classOf(sectionId, MONTH) === 4)
  if (!id) throw new Error(`no class Ⅳ section in ${MONTH}`)
  return { id, position: pointOf(readLayerFile('sections'), id) }
}

/** A KML polygon west-edged EDGE west of the section, styled through a StyleMap: red outline, no fill. */
function townsKml([lng, lat]: [number, number]): string {
  const west = lng - 0.004
  const ring = [[west, lat - 0.05], [lng + 0.05, lat - 0.05], [lng + 0.05, lat + 0.05], [west, lat + 0.05], [west, lat - 0.05]]
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Style id="town-normal"><LineStyle><color>ff0000ff</color><width>3</width></LineStyle><PolyStyle><color>7f00ff00</color><fill>0</fill></PolyStyle></Style>
  <StyleMap id="town"><Pair><key>normal</key><styleUrl>#town-normal</styleUrl></Pair><Pair><key>highlight</key><styleUrl>#town-normal</styleUrl></Pair></StyleMap>
  <Placemark><name>测试镇</name><styleUrl>#town</styleUrl>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>${ring.map((point) => point.join(',')).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon>
  </Placemark>
</Document></kml>`
}

/** An opaque purple simplestyle polygon over the section, and a second one whose stroke is not a colour. */
function plotsGeoJson([lng, lat]: [number, number]): string {
  const box = (west: number, east: number) => [[[west, lat - 0.02], [east, lat - 0.02], [east, lat + 0.02], [west, lat + 0.02], [west, lat - 0.02]]]
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { 地块名称: '紫色地块', fill: '#6a3d9a', 'fill-opacity': 1, stroke: '#6a3d9a' }, geometry: { type: 'Polygon', coordinates: box(lng - 0.02, lng + 0.02) } },
      { type: 'Feature', properties: { 地块名称: '坏颜色', stroke: 'banana' }, geometry: { type: 'Polygon', coordinates: box(lng + 0.03, lng + 0.04) } },
    ],
  })
}

async function mapLayerIndex(page: Page, id: string): Promise<number> {
  await waitForMapIdle(page)
  return page.evaluate((layerId) => window.__shuitian!.map.getStyle().layers.findIndex((layer) => layer.id === layerId), id)
}

async function waitForUrl(page: Page, fragment: string): Promise<string> {
  await page.waitForFunction((text) => location.search.includes(text), fragment)
  return page.url()
}

describe('imported layers and the sections', () => {
  it('keeps section markers above imported polygons, honours the files’ styles, reports a non-colour, and orders layers by keyboard, reload and link', async () => {
    const section = classFourSection()
    const [lng, lat] = section.position
    const { page, context } = await openPage(app, `?m=${MONTH}&c=${lng},${lat},13,0,0`)
    const markerBefore = await colourAt(page, section.position, [0, 8])
    expect(coloursClose(markerBefore, WATER_CLASS_COLOURS[4])).toBe(true)
    const edge: [number, number] = [lng - 0.004, lat + 0.01]
    expect(await countColourPixelsNear(page, edge, 3, '#ff0000', 40)).toBe(0)

    const TOWNS_LAYER = await importAndCommit(page, TOWNS, Buffer.from(townsKml(section.position)))
    // The StyleMap's red outline is drawn; its PolyStyle fill=0 leaves the marker untouched.
    expect(await countColourPixelsNear(page, edge, 3, '#ff0000', 40)).toBeGreaterThan(0)
    expect(await colourAt(page, section.position, [0, 8])).toBe(markerBefore)

    await pickFile(page, PLOTS, Buffer.from(plotsGeoJson(section.position)))
    await page.waitForSelector(`${importJob(PLOTS)}[data-status="ready"]`)
    // A stroke that is not a colour is named in the report (and never reaches MapLibre).
    expect(await page.textContent(`${importJob(PLOTS)} [data-testid="import-warnings"]`)).toContain('banana')
    await page.click(`${importJob(PLOTS)} [data-testid="import-confirm"]`)
    await page.waitForSelector(`${importJob(PLOTS)}[data-status="committed"]`)
    const PLOTS_LAYER = await importedLayerId(page, PLOTS)
    // The opaque purple fill is honoured beside the marker, and the Ⅳ marker is still drawn over it.
    expect(coloursClose(await colourAt(page, [lng + 0.01, lat]), '#6A3D9A', 12)).toBe(true)
    expect(await colourAt(page, section.position, [0, 8])).toBe(markerBefore)
    // Every polygon is below the section markers in the map's stack.
    expect(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`)).toBeLessThan(await mapLayerIndex(page, 'sections-circle'))

    // Two imports, two palette colours (swatches, not a list of hex codes).
    const colours = await page.$$eval('[data-testid="imported-layer-colour"] input:checked', (inputs) => inputs.map((input) => input.getAttribute('data-colour')))
    expect(colours).toHaveLength(2)
    expect(new Set(colours).size).toBe(2)
    expect(await page.locator('[data-testid="imported-layer-colour"] select').count()).toBe(0)
    await page.click('[data-testid="import-close"]')

    // Keyboard: the later import moves above the first one; the map follows and the focus stays on the control.
    expect(await mapLayerIndex(page, `${TOWNS_LAYER}-fill`)).toBeGreaterThan(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`))
    await page.focus(`[data-testid="layer-move-up-${PLOTS_LAYER}"]`)
    await page.keyboard.press('Enter')
    expect(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`)).toBeGreaterThan(await mapLayerIndex(page, `${TOWNS_LAYER}-fill`))
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`layer-move-down-${PLOTS_LAYER}`)
    const link = await waitForUrl(page, `ord=`)
    expect(new URL(link).searchParams.get('ord')!.split(',').indexOf(PLOTS_LAYER)).toBeLessThan(new URL(link).searchParams.get('ord')!.split(',').indexOf(TOWNS_LAYER))

    // A reload keeps the order (stored in the browser; the imports come back from IndexedDB).
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    await page.waitForSelector(`[data-testid="layer-${TOWNS_LAYER}"]`)
    await waitForMapIdle(page)
    expect(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`)).toBeGreaterThan(await mapLayerIndex(page, `${TOWNS_LAYER}-fill`))

    // Put the first import back on top with the keyboard, then open the link: its order wins.
    await page.focus(`[data-testid="layer-move-up-${TOWNS_LAYER}"]`)
    await page.keyboard.press('Space')
    expect(await mapLayerIndex(page, `${TOWNS_LAYER}-fill`)).toBeGreaterThan(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`))
    await page.goto(link)
    await waitForMapReady(page)
    await page.waitForSelector(`[data-testid="layer-${TOWNS_LAYER}"]`)
    await waitForMapIdle(page)
    expect(await mapLayerIndex(page, `${PLOTS_LAYER}-fill`)).toBeGreaterThan(await mapLayerIndex(page, `${TOWNS_LAYER}-fill`))
    await context.close()
  })

  it('titles an imported point’s card by its 名称 column and says which system its coordinates are in', async () => {
    const { page, context } = await openPage(app, `?c=121.47,30.92,13,0,0`)
    await importAndCommit(page, STATIONS, Buffer.from('编号,名称,经度,纬度\n,奉贤水文站,121.47,30.92\n,南桥监测点,121.50,30.93\n'))
    await page.click('[data-testid="import-close"]')
    await waitForMapIdle(page)
    const at = await pagePositionOf(page, [121.47, 30.92])
    await page.mouse.click(at.x, at.y)
    await page.waitForSelector('[data-testid="feature-card"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe('奉贤水文站')
    const labels = await page.$$eval('[data-testid="feature-card"] dt', (items) => items.map((item) => item.textContent ?? ''))
    expect(labels.find((label) => label.startsWith('经度'))).toContain('WGS84')
    await context.close()
  })
})
