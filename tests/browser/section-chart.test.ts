/**
 * Issue 13 §2 in the built app: a section's concentration chart in its card and in the tour presenter.
 * Expected points are read from geodata/water/monthly.csv in Node, so the chart is compared with the file.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { INDICATOR_INFO, type Indicator } from '@/domain/water-quality/index.ts'
import { CHART_FRAME, xOfIndex } from '@/components/water-chart/chart-geometry.ts'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { readLayerFile } from './support/map-probe.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const { records } = parseMonthlyCsv(readFileSync(`${projectRoot}geodata/water/monthly.csv`, 'utf8'))
const MONTHS = [...new Set(records.map((record) => record.month))].sort()
const targetOf = (sectionId: string) =>
  Number(readLayerFile('sections').features.find((feature) => String(feature.properties!.id) === sectionId)!.properties!.targetClass)
const cells = (sectionId: string, indicator: Indicator) =>
  records.filter((record) => record.sectionId === sectionId).map((record) => ({ month: record.month, cell: record.values[indicator] }))
const count = (sectionId: string, indicator: Indicator, kind: string) => cells(sectionId, indicator).filter(({ cell }) => cell?.kind === kind).length

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const CARD = '[data-testid="feature-card"]'
const chartIn = (scope: string, indicator: Indicator) => `${scope} [data-testid="indicator-chart"][data-indicator="${indicator}"]`

async function openCard(path: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(app, path, viewport ? { viewport } : {})
  await opened.page.waitForSelector(`${CARD} [data-testid="section-chart"] [data-testid="chart-marker"]`, { timeout: 60_000 })
  return opened
}

async function pickIndicator(page: Page, indicator: Indicator) {
  await page.selectOption(`${CARD} [data-testid="section-chart-picker"]`, indicator)
  await page.waitForSelector(chartIn(CARD, indicator))
}

/** Presses the pointer on the chart at a month and drags it to another month. */
async function drag(page: Page, chart: string, fromMonth: string, toMonth: string) {
  const svg = page.locator(`${chart} svg`)
  await svg.scrollIntoViewIfNeeded()
  const box = (await svg.boundingBox())!
  const scale = box.width / CHART_FRAME.width
  const xOf = (month: string) => box.x + xOfIndex(MONTHS.indexOf(month), MONTHS.length, CHART_FRAME) * scale
  const y = box.y + box.height / 2
  await page.mouse.move(xOf(fromMonth), y)
  await page.mouse.down()
  await page.mouse.move((xOf(fromMonth) + xOf(toMonth)) / 2, y, { steps: 4 })
  await page.mouse.move(xOf(toMonth), y, { steps: 4 })
  await page.mouse.up()
}

describe('section history chart', () => {
  it('draws every monthly value, the class bands and the target line in the card', async () => {
    const { page, context, offOriginRequests } = await openCard('?m=2019-07&sel=sections:FX02')
    // FX02 misses its target in some 2019 months; TP is among what decides its class, or picked.
    if (!(await page.$(chartIn(CARD, 'TP')))) await pickIndicator(page, 'TP')
    const chart = chartIn(CARD, 'TP')
    const expectedValues = count('FX02', 'TP', 'value')
    expect(expectedValues).toBe(36)
    expect(await page.locator(`${chart} [data-testid="chart-point"][data-kind="value"]`).count()).toBe(expectedValues)
    // The class bands Ⅰ…劣Ⅴ between GB 3838-2002's TP limits, and the target class's limit as a line.
    const bands = await page.$$eval(`${chart} [data-testid="chart-band"]`, (rects) => rects.map((rect) => [rect.getAttribute('data-class'), rect.getAttribute('data-high')]))
    expect(bands.map(([waterClass]) => Number(waterClass))).toEqual([1, 2, 3, 4, 5, 6])
    expect(bands.slice(0, 5).map(([, high]) => Number(high))).toEqual([...INDICATOR_INFO.TP.limits])
    const target = targetOf('FX02')
    expect(await page.getAttribute(`${chart} [data-testid="chart-target"]`, 'data-value')).toBe(String(INDICATOR_INFO.TP.limits[target - 1]))
    // The text alternative names the series and the target.
    expect(await page.textContent(`${chart} [data-testid="chart-summary"]`)).toContain('36个月有监测值')
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('marks a below-detection value as such: hollow, at its detection limit, explained', async () => {
    const { page, context } = await openCard('?m=2019-07&sel=sections:FX01')
    await pickIndicator(page, 'Zn')
    const chart = chartIn(CARD, 'Zn')
    const below = page.locator(`${chart} [data-testid="chart-point"][data-kind="below-detection"]`)
    expect(await below.count()).toBe(count('FX01', 'Zn', 'below-detection'))
    expect(await below.count()).toBeGreaterThan(0)
    expect(await below.first().getAttribute('fill')).toBe('#fff')
    expect(await below.first().getAttribute('data-value')).toBe('0.05')
    expect(await below.first().locator('title').textContent()).toContain('未检出')
    expect(await page.textContent(`${CARD} [data-testid="legend-below"]`)).toContain('未检出')
    // Not monitored months are gaps: only the quarterly samples are drawn.
    expect(await page.locator(`${chart} [data-testid="chart-point"]`).count()).toBe(cells('FX01', 'Zn').filter(({ cell }) => cell).length)
    await context.close()
  })

  it('leaves a month without a sample (停测) as a gap in the line', async () => {
    const { page, context } = await openCard('?m=2018-02&sel=sections:FX04')
    if (!(await page.$(chartIn(CARD, 'NH3N')))) await pickIndicator(page, 'NH3N')
    const chart = chartIn(CARD, 'NH3N')
    expect(await page.getAttribute(`${chart} [data-testid="chart-point"][data-month="2018-02"]`, 'data-kind')).toBe('stopped')
    const path = (await page.getAttribute(`${chart} [data-testid="chart-line"]`, 'd'))!
    // One run before the gap (2018-01), one after it: the line starts twice.
    expect(path.match(/M/g)).toHaveLength(2)
    await context.close()
  })

  it('moves the one clock when the month marker is stepped with → or dragged', async () => {
    const { page, context } = await openCard('?m=2019-07&sel=sections:FX02')
    const marker = page.locator(`${CARD} [data-testid="chart-marker"]`).first()
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2019年7月')
    await marker.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.textContent('[data-testid="clock-label"]')).toBe('2019年8月')
    expect(await marker.getAttribute('data-month')).toBe('2019-08')
    expect(await marker.getAttribute('aria-valuetext')).toBe('2019年8月')

    const chart = `${CARD} [data-testid="indicator-chart"]:first-of-type`
    await drag(page, chart, '2019-08', '2018-03')
    await expect.poll(() => page.textContent('[data-testid="clock-label"]')).toBe('2018年3月')
    // Every chart's marker follows the clock, and the URL (the map's state) says the same month.
    const markers = await page.$$eval(`${CARD} [data-testid="chart-marker"]`, (nodes) => nodes.map((node) => node.getAttribute('data-month')))
    expect(new Set(markers)).toEqual(new Set(['2018-03']))
    // The address is rewritten 250 ms after the last change (use-url-state): wait for it.
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('2018-03')
    await context.close()
  })

  it('works at 768×1024: the chart fits the card and its marker drags the clock', async () => {
    const { page, context } = await openCard('?m=2019-07&sel=sections:FX02', { width: 768, height: 1024 })
    const card = (await page.locator(CARD).boundingBox())!
    const svg = (await page.locator(`${CARD} [data-testid="indicator-chart"] svg`).first().boundingBox())!
    expect(svg.width).toBeGreaterThan(250)
    expect(svg.x).toBeGreaterThanOrEqual(card.x)
    expect(svg.x + svg.width).toBeLessThanOrEqual(card.x + card.width)
    await drag(page, `${CARD} [data-testid="indicator-chart"]:first-of-type`, '2019-07', '2020-05')
    await expect.poll(() => page.textContent('[data-testid="clock-label"]')).toBe('2020年5月')
    expect(await page.getAttribute(`${CARD} [data-testid="chart-marker"]`, 'data-month')).toBe('2020-05')
    await context.close()
  })

  it('shows the chart of the one section a tour stop is about', async () => {
    const { page, context } = await openPage(app, '?m=2019-01&tour=2019-inspection&stop=2')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="2"][data-state="ready"]', { timeout: 90_000 })
    const panel = '[data-testid="tour-presenter"] [data-testid="section-chart-panel"]'
    await page.waitForSelector(`${panel} [data-testid="chart-marker"]`)
    expect(await page.getAttribute(`${panel} [data-testid="section-chart"]`, 'data-section')).toBe('FX01')
    expect(await page.getAttribute(`${panel} [data-testid="chart-marker"]`, 'data-month')).toBe('2019-01')
    // The first stop is about the whole district: no chart there.
    await page.keyboard.press('ArrowLeft')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="1"]')
    expect(await page.$(panel)).toBeNull()
    await context.close()
  })
})
