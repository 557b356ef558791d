/**
 * Issue 16 §3 in the built app: the pollution-source family joins after the first map, a section's card
 * lists the outlets along its river on both sides (compared with the domain's answer computed here in
 * Node), and the alarm counts and station classes on the map follow the clock.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { FeatureCollection, LineString, Point } from 'geojson'
import { openPage, startApp, waitForMapIdle, type TestApp } from './support/browser.ts'
import { parseAlarms, parseStationReadings } from '@/data/sources/parse-sources.ts'
import { alarmCountsBySource, dustBandAt, possibleSources, stationClassAt, type OutletSite, type RiverLine } from '@/domain/sources/index.ts'
import { waterClassName } from '@/domain/layers/format-value.ts'

const read = (path: string) => readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8')
const collection = <G extends Point | LineString>(path: string) => JSON.parse(read(path)) as FeatureCollection<G>
const outlets: OutletSite[] = collection<Point | LineString>('sources/outlets.geojson')
  .features.filter((feature) => feature.properties?.kind === 'outlet')
  .map((feature) => ({ id: String(feature.properties?.id), enterprise: String(feature.properties?.enterprise), river: String(feature.properties?.river), position: (feature.geometry as Point).coordinates }))
const lines: RiverLine[] = collection<LineString>('sources/river-lines.geojson').features.map((line) => ({
  name: String(line.properties?.name),
  coordinates: line.geometry.coordinates,
  startSide: line.properties?.startSide === 'north' ? 'north' : 'west',
}))
const section = collection<Point>('layers/sections.geojson').features.find((feature) => feature.properties?.id === 'FX04')!
const enterprises = collection<Point>('sources/enterprises.geojson').features.map((feature) => String(feature.properties?.id))
const stations = collection<Point>('sources/stations.geojson').features.map((feature) => String(feature.properties?.id))
const dust = collection<Point>('sources/dust-points.geojson').features.map((feature) => feature.properties as { id: string; pm10: (number | null)[]; pm10From: string })
const alarms = parseAlarms(read('sources/alarms.csv')).rows
const daily = parseStationReadings(read('sources/station-daily.csv')).rows

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** The outlets the card lists, per side, in its order. */
async function listedOutlets(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('[data-testid="possible-sources"] [data-side]', (groups) =>
    Object.fromEntries(groups.map((group) => [group.getAttribute('data-side')!, [...group.querySelectorAll('[data-outlet]')].map((row) => row.getAttribute('data-outlet')!)])),
  )
}

function expectedOutlets(kilometres: number): Record<string, string[]> {
  const result = possibleSources({ river: String(section.properties?.river), position: section.geometry.coordinates }, lines, outlets, kilometres)
  return { [result.sides.start]: result.towardStart.map((entry) => entry.outlet), [result.sides.end]: result.towardEnd.map((entry) => entry.outlet) }
}

async function featureStates(page: Page, source: string, ids: string[]): Promise<Record<string, Record<string, unknown>>> {
  return page.evaluate(
    ({ source, ids }) => Object.fromEntries(ids.map((id) => [id, window.__shuitian!.map.getFeatureState({ source, id })])),
    { source, ids },
  )
}

describe('pollution sources and online monitoring', () => {
  it('joins once the sections are drawn in their classes: its files wait while the monitoring table is still being read', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    const familyRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/geodata/sources/')) familyRequests.push(request.url())
    })
    let releaseTable = () => {}
    const tableHeld = new Promise<void>((resolve) => (releaseTable = resolve))
    await page.route('**/geodata/water/monthly.csv', async (route) => {
      await tableHeld
      await route.continue()
    })
    await page.goto(app.baseUrl)
    await page.waitForSelector('[data-testid="map"][data-state="ready"]', { timeout: 90_000 })
    // The map is ready and idle, the table not read: the family has not asked for a file.
    await page.waitForTimeout(2_000)
    expect(familyRequests).toEqual([])
    expect(await page.getAttribute('[data-testid="map"]', 'data-deferred')).toBeNull()
    releaseTable()
    await page.waitForSelector('[data-testid="time-strip"]', { timeout: 60_000 })
    await page.waitForSelector('[data-testid="map"][data-deferred="settled"]', { timeout: 60_000 })
    expect(familyRequests.length).toBeGreaterThan(0)
    expect(await page.textContent('[data-testid="layer-count-source-enterprises"]')).toMatch(/\d+/)
    await context.close()
  })

  it("lists a section's possible sources along its river on both sides, and more when the distance grows", async () => {
    const { page, context, consoleErrors } = await openPage(app, '?m=2019-07&sel=sections:FX04')
    await page.waitForSelector('[data-testid="possible-sources-summary"]')
    const near = expectedOutlets(3)
    // The sample has outlets on both sides of 金汇港-南奉公路桥 within 3 km: both directions are shown.
    expect(Object.keys(near).sort()).toEqual(['north', 'south'])
    expect(Object.values(near).flat().length).toBeGreaterThan(1)
    expect(await listedOutlets(page)).toEqual(near)
    expect(await page.textContent('[data-testid="possible-sources"]')).toContain('水流方向不定')

    const far = expectedOutlets(8)
    expect(Object.values(far).flat().length).toBeGreaterThan(Object.values(near).flat().length)
    await page.fill('[data-testid="possible-sources-distance"]', '8')
    await page.press('[data-testid="possible-sources-distance"]', 'Enter')
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="possible-sources"] [data-outlet]').length === count, Object.values(far).flat().length)
    expect(await listedOutlets(page)).toEqual(far)

    // A row opens the enterprise's 一企一档 card.
    const first = Object.values(far).flat()[0]!
    const owner = outlets.find((outlet) => outlet.id === first)!.enterprise
    await page.click(`[data-outlet="${first}"] button`)
    await page.waitForSelector('[data-testid="enterprise-file"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe(`示例企业 ${owner.slice(1)}`)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it("opens a station's card from a link with the stations hidden: it reads the daily means it needs, then shows the period's class and chart", async () => {
    const station = stations[0]!
    const readings = daily.filter((row) => row.station === station)
    const { page, context, consoleErrors } = await openPage(app, `?m=2019-07&sel=source-stations:${station}`)
    await page.waitForSelector('[data-testid="station-details"]')
    const expected = waterClassName(stationClassAt(readings, { first: '2019-07', last: '2019-07' }), 'zh')
    expect(expected).toMatch(/类$/)
    await expect.poll(() => page.textContent('[data-testid="station-class"]'), { timeout: 30_000 }).toBe(expected)
    // The chart draws July's daily NH3-N means (the item it opens with).
    const julyValues = readings.filter((row) => row.time.startsWith('2019-07') && row.values.NH3N !== null)
    expect(julyValues.length).toBeGreaterThan(20)
    expect(Number(await page.getAttribute('[data-testid="station-chart"]', 'data-points'))).toBe(julyValues.length)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('draws the alarm counts, station classes and dust bands of the clock period, and follows a clock step', async () => {
    const { page, context, consoleErrors } = await openPage(app, '?m=2019-07')
    // The family joins hidden, and the stations' daily means (its bulk) are read only once stations are
    // shown (heap against a bare page, issue 15 §3).
    const fetchedDaily = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('station-daily.csv')))
    await page.click('[data-testid="layer-toggle-source-enterprises"]')
    await waitForMapIdle(page)
    expect(await fetchedDaily()).toBe(false)
    await page.click('[data-testid="layer-toggle-source-stations"]')
    await page.click('[data-testid="layer-toggle-source-dust"]')
    await waitForMapIdle(page)
    // The family's tables may still be arriving: wait for the alarms.
    const julyAlarms = alarmCountsBySource(alarms, '2019-07', '2019-07')
    await expect
      .poll(async () => { const states = await featureStates(page, 'source-enterprises', enterprises); return enterprises.filter((id) => Number(states[id]?.alarms ?? 0) > 0).length }, { timeout: 30_000 })
      .toBe(enterprises.filter((id) => (julyAlarms.get(id) ?? 0) > 0).length)
    const julyClasses = stations.map((id) => stationClassAt(daily.filter((row) => row.station === id), { first: '2019-07', last: '2019-07' }))
    await expect.poll(async () => { const states = await featureStates(page, 'source-stations', stations); return stations.map((id) => states[id]?.waterClass) }, { timeout: 30_000 }).toEqual(julyClasses)
    expect(await fetchedDaily()).toBe(true)
    const dustIds = dust.map((point) => point.id)
    for (const month of ['2019-07', '2019-08']) {
      const expected = alarmCountsBySource(alarms, month, month)
      const drawn = await featureStates(page, 'source-enterprises', enterprises)
      expect(Object.fromEntries(enterprises.map((id) => [id, drawn[id]?.alarms]))).toEqual(Object.fromEntries(enterprises.map((id) => [id, expected.get(id) ?? 0])))
      const stationStates = await featureStates(page, 'source-stations', stations)
      expect(stations.map((id) => stationStates[id]?.waterClass)).toEqual(stations.map((id) => stationClassAt(daily.filter((row) => row.station === id), { first: month, last: month })))
      // Dust bands come from the family module through the generic clock sync; alarms from the family's own.
      const dustStates = await featureStates(page, 'source-dust', dustIds)
      expect(dust.map((point) => dustStates[point.id]?.stage)).toEqual(dust.map((point) => dustBandAt(point.pm10, point.pm10From, { first: month, last: month })))
      expect(dust.map((point) => dustStates[point.id]?.alarms)).toEqual(dust.map((point) => expected.get(point.id) ?? 0))
      // The list over the map counts the period's alarms of the shown layers (enterprises and stations).
      const shown = [...enterprises, ...stations, ...dustIds].reduce((sum, id) => sum + (expected.get(id) ?? 0), 0)
      await page.waitForSelector(`[data-testid="alarm-list"][data-count="${shown}"]`)
      if (month === '2019-07') {
        await page.click('[data-testid="clock-forward"]')
        await waitForMapIdle(page)
      }
    }
    // The step changed what is drawn (the sample has different alarms in July and August).
    const july = alarmCountsBySource(alarms, '2019-07', '2019-07')
    const august = alarmCountsBySource(alarms, '2019-08', '2019-08')
    expect(enterprises.some((id) => (july.get(id) ?? 0) !== (august.get(id) ?? 0))).toBe(true)

    // Switching a band off in the legend hides its points (generic sync) and leaves their alarm counts (own sync).
    const augustBand = (point: (typeof dust)[number]) => dustBandAt(point.pm10, point.pm10From, { first: '2019-08', last: '2019-08' })
    const band = (['high', 'mid', 'low'] as const).find((candidate) => dust.some((point) => augustBand(point) === candidate))!
    const inBand = dust.filter((point) => augustBand(point) === band).map((point) => point.id)
    await page.click(`[data-testid="legend-source-dust-${band}"]`)
    await waitForMapIdle(page)
    const afterToggle = await featureStates(page, 'source-dust', dustIds)
    expect(dustIds.filter((id) => afterToggle[id]?.hidden === true).sort()).toEqual([...inBand].sort())
    expect(inBand.map((id) => afterToggle[id]?.alarms)).toEqual(inBand.map((id) => august.get(id) ?? 0))
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})
