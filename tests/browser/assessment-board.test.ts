/**
 * Issue 13 in the built app: the assessment board (考核) reproduces the report's sentence — assessed
 * sections, 2019-01…2019-11 → TP 0.20 and NH3-N 0.82 mg/L — marks the failing months in its matrix, and a
 * figure shows its sections on the map (highlighted by the analysis overlay and framed). Screenshots go to
 * /work/shots/board when SHOTS_DIR is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, type TestApp } from './support/browser.ts'
import { seriousViolations } from './support/axe.ts'

let app: TestApp
const shotsDir = process.env.SHOTS_DIR

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

async function openBoard(page: Page) {
  if (!(await page.isVisible('[data-testid="analysis-panel"]'))) await page.click('[data-testid="analysis-toggle"]')
  await page.click('[data-testid="analysis-tab-assessment"]')
  await page.waitForSelector('[data-testid="board-means"] tr[data-indicator="TP"]', { timeout: 60_000 })
}

/** Highlighted features in the analysis overlay's data (what the map was given to draw). */
const highlighted = (page: Page) =>
  page.evaluate(async () => {
    const source = window.__shuitian!.map.getSource('analysis') as unknown as { getData(): Promise<{ features: { properties: { role?: string } | null }[] }> }
    const data = await source.getData()
    return data.features.filter((feature) => feature.properties?.role === 'highlight').length
  })

describe('assessment board', () => {
  it('assessed sections 2019-01…2019-11 show TP 0.20 and NH3-N 0.82; failing months are marked; a figure selects its sections on the map', async () => {
    const { page, context, offOriginRequests } = await openPage(app)
    await openBoard(page)
    // The board opens on the report's window; choose it explicitly anyway, as a planner would.
    await page.selectOption('[data-testid="board-group"]', 'assessed')
    await page.selectOption('[data-testid="board-period-kind"]', 'range')
    await page.selectOption('[data-testid="board-period-first"]', '2019-01')
    await page.selectOption('[data-testid="board-period-last"]', '2019-11')
    expect(await page.textContent('[data-testid="board-section-count"]')).toContain('18')
    const mean = (code: string) => page.textContent(`[data-testid="board-means"] tr[data-indicator="${code}"] [data-role="mean"]`)
    expect((await mean('TP'))?.trim()).toBe('0.20')
    expect((await mean('NH3N'))?.trim()).toBe('0.82')
    // Each row carries its own unit: pH has none (GB 3838-2002 Table 1), so no "mg/L" heads the whole table.
    const unit = (code: string) => page.textContent(`[data-testid="board-means"] tr[data-indicator="${code}"] [data-role="unit"]`)
    expect(await unit('TP')).toBe('mg/L')
    expect(await unit('pH')).toBe('无量纲')
    expect(await page.textContent('[data-testid="board-means"] h4')).not.toContain('mg/L')

    // The matrix marks failing months, and the per-section count agrees with the marked cells.
    const rows = await page.$$eval('[data-testid="board-matrix"] tbody tr', (trs) =>
      trs.map((tr) => ({ failing: Number(tr.getAttribute('data-failing')), marked: tr.querySelectorAll('td[data-fails="true"]').length })),
    )
    expect(rows).toHaveLength(18)
    for (const row of rows) expect(row.marked).toBe(row.failing)
    expect(rows.some((row) => row.failing > 0)).toBe(true)

    // Clicking a figure (the 达标率) highlights its sections on the map and frames them.
    await page.click('[data-testid="analysis-tab-assessment"]')
    const zoomBefore = await page.evaluate(() => window.__shuitian!.map.getZoom())
    await page.click('[data-testid="board-attainment-rate"]')
    await waitForMapIdle(page)
    await expect.poll(() => highlighted(page), { timeout: 20_000 }).toBe(18)
    const zoomAfter = await page.evaluate(() => window.__shuitian!.map.getZoom())
    expect(zoomAfter).not.toBe(zoomBefore)
    if (shotsDir) {
      await page.screenshot({ path: `${shotsDir}/board-1280x800.png` })
      await page.locator('[data-testid="board-matrix"]').screenshot({ path: `${shotsDir}/board-matrix-1280.png` })
      await page.locator('[data-testid="board-ranking"]').screenshot({ path: `${shotsDir}/board-ranking-1280.png` })
    }

    // One section (a failing-month count) opens its card.
    await page.click('[data-testid="board-matrix"] tbody tr[data-failing]:not([data-failing="0"]) [data-role="failing"]')
    await expect.poll(() => highlighted(page)).toBe(1)
    await page.waitForSelector('[data-testid="feature-card"]', { timeout: 10_000 })
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('fits a tablet, in English, and says when the year before has no data rather than showing a zero', async () => {
    const { page, context } = await openPage(app, '?lang=en', { viewport: { width: 768, height: 1024 } })
    await openBoard(page)
    // The board stays inside the drawer: no horizontal overflow of the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/board-768x1024-en.png` })
    // WCAG 2.1 A/AA (axe-core): no serious or critical finding with the board open.
    expect(await seriousViolations(page)).toEqual([])
    // January 2018 is the first month of the data: the same month a year earlier has none.
    await page.selectOption('[data-testid="board-period-first"]', '2018-01')
    await page.selectOption('[data-testid="board-period-last"]', '2018-01')
    expect(await page.textContent('[data-testid="board-change"]')).toContain('No comparison: one side has no data')
    expect(await page.textContent('[data-testid="board-means"] tr[data-indicator="TP"] td:nth-child(4)')).toBe('No data')

    // On a tablet the drawer lies over the map: a figure's "show on map" folds it, so that the framed
    // sections are in sight, and the board comes back with its period when opened again.
    await page.selectOption('[data-testid="board-period-last"]', '2019-11')
    await page.selectOption('[data-testid="board-period-first"]', '2019-01')
    await page.click('[data-testid="board-attainment-rate"]')
    await page.waitForSelector('[data-testid="analysis-drawer"]', { state: 'detached' })
    await waitForMapIdle(page)
    await expect.poll(() => highlighted(page), { timeout: 20_000 }).toBeGreaterThan(0)
    const uncovered = await page.evaluate(() => {
      const map = window.__shuitian!.map
      const box = map.getContainer().getBoundingClientRect()
      const covering = [...document.querySelectorAll('aside, .explore__side')].map((element) => element.getBoundingClientRect()).filter((rect) => rect.width > 0)
      const sections = map.querySourceFeatures('sections')
      const points = sections.map((feature) => map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]))
      return { inView: points.filter((point) => point.x >= 0 && point.y >= 0 && point.x <= box.width && point.y <= box.height).length, covering: covering.length }
    })
    expect(uncovered.covering).toBe(0)
    expect(uncovered.inView).toBeGreaterThan(0)
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/board-shown-on-map-768x1024.png` })
    await page.click('[data-testid="analysis-toggle"]')
    await expect.poll(() => page.inputValue('[data-testid="board-period-first"]'), { timeout: 20_000 }).toBe('2019-01')
    await context.close()
  })
})
