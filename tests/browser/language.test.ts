/**
 * Issue 12 items 8 and 9 in the built app: English names from the data's name_en (card, river filter,
 * section list, map labels), units per language, MapLibre's controls and the credits in Chinese, town
 * labels placed before river labels, and the credits folded on a tablet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { jumpTo, pagePositionOf, pointOf, readLayerFile } from './support/map-probe.ts'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** The text each drawn label of `layerId` shows (MapLibre evaluates the text-field per feature). */
async function labelTexts(page: Page, layerId: string): Promise<string[]> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  return page.evaluate(
    (id) =>
      window.__shuitian!.map
        .queryRenderedFeatures(undefined, { layers: [id] })
        .map((feature) => String((feature.layer.layout as Record<string, unknown> | undefined)?.['text-field'] ?? '')),
    layerId,
  )
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.click('[data-testid="locale-switch"]')
  await page.waitForFunction(() => document.documentElement.lang === 'en')
}

describe('English from the data', () => {
  it('shows English names on the section card, in the river and town filters and in the section list', async () => {
    const { page, context } = await openPage(app)
    await switchToEnglish(page)
    const position = pointOf(readLayerFile('sections'), 'FX01')
    await jumpTo(page, position, 13)
    const target = await pagePositionOf(page, position)
    await page.mouse.click(target.x, target.y)
    await page.waitForSelector('[data-testid="feature-card"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe('Jinhuigang Canal – Qianqiao')
    expect(await page.textContent('[data-testid="feature-card"] [data-field="river"]')).toBe('Jinhuigang Canal')
    expect(await page.textContent('[data-testid="feature-card"] [data-field="town"]')).toBe('Qingcun Town')

    await page.click('[data-testid="tab-sections"]')
    await page.waitForSelector('[data-testid="section-list"] tbody tr')
    const riverLabels = await page.$$eval('[data-testid="filter-rivers"] .filter-group__label', (labels) => labels.map((label) => label.textContent))
    expect(riverLabels).toContain('Jinhuigang Canal')
    expect(riverLabels).toContain('Hangtanggang River')
    expect(riverLabels.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
    const townLabels = await page.$$eval('[data-testid="filter-towns"] .filter-group__label', (labels) => labels.map((label) => label.textContent))
    expect(townLabels).toContain('Nanqiao Town')
    expect(townLabels.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
    const names = await page.$$eval('[data-testid="section-list"] .section-list__name', (buttons) => buttons.map((button) => button.textContent))
    expect(names).toHaveLength(45)
    expect(names).toContain('Jinhuigang Canal – Qianqiao')
    expect(names.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)

    // Back in Chinese, the same places read as the data writes them.
    await page.click('[data-testid="locale-switch"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe('金汇港-钱桥')
    expect(await page.$$eval('[data-testid="filter-rivers"] .filter-group__label', (labels) => labels.map((label) => label.textContent))).toContain('金汇港')
    await context.close()
  })

  it('draws the town and river labels in English after the switch and in Chinese after switching back', async () => {
    const { page, context } = await openPage(app)
    expect(await labelTexts(page, 'town-labels')).toContain('南桥镇')
    await switchToEnglish(page)
    const towns = await labelTexts(page, 'town-labels')
    expect(towns).toContain('Nanqiao Town')
    expect(towns.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
    expect(await labelTexts(page, 'river-labels')).toContain('Punan Canal')
    await page.click('[data-testid="locale-switch"]')
    expect(await labelTexts(page, 'town-labels')).toContain('南桥镇')
    await context.close()
  })

  it('gives the green totals in mu with hectares and m² in English, and 亩 and 万m² in Chinese', async () => {
    const { page, context } = await openPage(app)
    await switchToEnglish(page)
    if (!(await page.isVisible('[data-testid="analysis-panel"]')) && (await page.$('[data-testid="analysis-toggle"]'))) await page.click('[data-testid="analysis-toggle"]')
    await page.click('[data-testid="analysis-tab-statistics"]')
    const total = (id: string) => page.textContent(`[data-testid="analysis-totals"] [data-total="${id}"]`)
    expect(await total('corridor')).toBe('1,350 mu (90.00 ha)')
    expect(await total('vertical')).toBe('16,300 m²')
    expect(await total('park')).toBe('134.18 ha')
    expect(await page.textContent('[data-testid="analysis-totals"]')).not.toMatch(/[亩万]/)

    // Green projects by kind: each kind in its own unit, not one length for all.
    await page.selectOption('[data-testid="statistics-layer"]', 'greenways')
    await page.selectOption('[data-testid="statistics-group"]', 'kind')
    const rows = await page.$$eval('[data-testid="statistics-table"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())))
    const size = (kind: string) => rows.find((row) => row[0] === kind)?.[2] ?? ''
    expect(size('Greenway')).toMatch(/^\d+\.\d\d km$/)
    expect(size('Ecological corridor')).toMatch(/^[\d,]+ mu \([\d.]+ ha\)$/)
    expect(size('Park green space')).toMatch(/^[\d.]+ ha$/)
    expect(size('Vertical greening')).toMatch(/^[\d,]+ m²$/)

    await page.click('[data-testid="locale-switch"]')
    expect(await total('corridor')).toBe('1350 亩')
    expect(await total('vertical')).toBe('1.63 万m²')
    await context.close()
  })
})

describe('map controls and labels', () => {
  it('titles the zoom, compass and fullscreen controls and writes the credits in Chinese, and in English after the switch', async () => {
    const { page, context } = await openPage(app)
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'title')).toBe('放大')
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-out', 'title')).toBe('缩小')
    expect(await page.getAttribute('.maplibregl-ctrl-fullscreen', 'title')).toBe('全屏显示')
    expect(await page.getAttribute('.maplibregl-ctrl-attrib-button', 'title')).toBe('显示或收起数据来源')
    expect(await page.textContent('.maplibregl-ctrl-scale')).toMatch(/公里|米/)
    const credits = await page.textContent('.maplibregl-ctrl-attrib-inner')
    expect(credits).toContain('OpenStreetMap 贡献者')
    expect(credits).toContain('相邻各区')
    expect(credits).not.toContain('contributors')
    await switchToEnglish(page)
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'title')).toBe('Zoom in')
    expect(await page.getAttribute('[data-testid="reset-view"]', 'title')).not.toMatch(/[\u4e00-\u9fff]/)
    expect(await page.textContent('.maplibregl-ctrl-attrib-inner')).toContain('OpenStreetMap contributors')
    // One set of controls, not one more per switch.
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1)
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1)
    await context.close()
  })

  it('shows 南桥镇 among the town labels at the district view, on a desktop and on a tablet', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]) {
      const { page, context } = await openPage(app, '', { viewport })
      const towns = await labelTexts(page, 'town-labels')
      expect(towns, `${viewport.width} px`).toContain('南桥镇')
      expect(towns.length, `${viewport.width} px`).toBe(12)
      await context.close()
    }
  })

  it('starts with the credits folded at 768 px and open at 1280 px', async () => {
    const tablet = await openPage(app, '', { viewport: { width: 768, height: 1024 } })
    expect(await tablet.page.isVisible('.maplibregl-ctrl-attrib-inner')).toBe(false)
    await tablet.page.click('.maplibregl-ctrl-attrib-button')
    expect(await tablet.page.isVisible('.maplibregl-ctrl-attrib-inner')).toBe(true)
    await tablet.context.close()
    const desktop = await openPage(app, '', { viewport: { width: 1280, height: 800 } })
    expect(await desktop.page.isVisible('.maplibregl-ctrl-attrib-inner')).toBe(true)
    await desktop.context.close()
  })
})
