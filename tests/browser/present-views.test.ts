/**
 * Issue 12 items 3, 4 and 7 in the built app: the comparison rings are explained with counts that match
 * the map (layer panel, presenter's key); an active filter is visible on the map and the tabs from a link
 * and one click clears it; the briefing's PNGs come as one ZIP with one PNG per stop, and its PDF is
 * exactly one page per stop plus the cover.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, waitForMapReady, type TestApp } from './support/browser.ts'
import { readLayerFile, renderedIds } from './support/map-probe.ts'
import { expectedClasses } from './support/water-truth.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const tour = JSON.parse(readFileSync(`${projectRoot}geodata/tours/2019-inspection.json`, 'utf8')) as {
  id: string
  stops: { compare?: string; layers: string[] }[]
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** The changes of the section markers the map draws now (feature-state 'change', hidden ones left out). */
async function drawnChanges(page: Page): Promise<Record<string, number>> {
  await waitForMapIdle(page)
  return page.evaluate(() => {
    const map = window.__shuitian!.map
    const seen = new Map<string, string>()
    for (const feature of map.queryRenderedFeatures(undefined, { layers: ['sections-circle'] })) {
      if (feature.state?.hidden) continue
      seen.set(String(feature.properties?.id), String(feature.state?.change ?? 'unknown'))
    }
    const counts: Record<string, number> = { better: 0, worse: 0, same: 0, unknown: 0 }
    for (const change of seen.values()) counts[change] = (counts[change] ?? 0) + 1
    return counts
  })
}

async function legendCounts(page: Page, scope: string): Promise<Record<string, number>> {
  return page.$$eval(`${scope} [data-testid^="change-legend-"]`, (entries) =>
    Object.fromEntries(entries.map((entry) => [entry.getAttribute('data-testid')!.replace('change-legend-', ''), Number(entry.getAttribute('data-count'))])),
  )
}

describe('comparison legend', () => {
  it('shows 好转 / 变差 / 无变化 with the counts of the rings the map draws, in the layer panel and the presenter', async () => {
    const { page, context } = await openPage(app, '?m=2019-06&cmp=previous')
    await page.waitForSelector('[data-testid="layer-panel"] [data-testid="change-legend"]')
    const text = await page.textContent('[data-testid="layer-panel"] [data-testid="change-legend"]')
    for (const word of ['环比', '好转', '变差', '无变化']) expect(text).toContain(word)
    const drawn = await drawnChanges(page)
    expect(drawn.better! + drawn.worse!).toBeGreaterThan(0)
    const shown = await legendCounts(page, '[data-testid="layer-panel"]')
    expect({ ...shown, unknown: shown.unknown ?? 0 }).toEqual(drawn)

    // Filtering hides sections, and the legend counts only what is drawn.
    await page.click('[data-testid="tab-sections"]')
    await page.click('[data-testid="filter-classes-4"]')
    await page.click('[data-testid="tab-layers"]')
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cls'))
    const filteredDrawn = await drawnChanges(page)
    const filteredShown = await legendCounts(page, '[data-testid="layer-panel"]')
    expect({ ...filteredShown, unknown: filteredShown.unknown ?? 0 }).toEqual(filteredDrawn)
    await context.close()
  })

  it('is in the presenter\'s key at a stop that compares', async () => {
    const number = tour.stops.findIndex((stop) => stop.compare && stop.layers.includes('sections')) + 1
    expect(number).toBeGreaterThan(0)
    const { page, context } = await openPage(app, `?m=2019-01&tour=${tour.id}&stop=${number}`)
    await page.waitForSelector(`[data-testid="tour-presenter"][data-stop="${number}"][data-state="ready"]`, { timeout: 60_000 })
    const key = '[data-testid="tour-presenter"] [data-testid="change-legend"]'
    await page.waitForSelector(key)
    expect(await page.isVisible(key)).toBe(true)
    const shown = await legendCounts(page, '[data-testid="tour-presenter"]')
    const drawn = await drawnChanges(page)
    expect({ ...shown, unknown: shown.unknown ?? 0 }).toEqual(drawn)
    await context.close()
  })
})

describe('active filter chip bar', () => {
  // The example: Ⅳ类及以下 · 国考/市考 · 奉城镇, June 2019.
  const LINK = '?m=2019-06&mode=month&cls=4,5,6&lvl=national,municipal&town=%E5%A5%89%E5%9F%8E%E9%95%87'

  function expectedIds(): string[] {
    const truth = expectedClasses()
    return readLayerFile('sections').features
      .filter((feature) => {
        const properties = feature.properties!
        const waterClass = truth.classOf(String(properties.id), '2019-06')
        return waterClass !== null && waterClass >= 4 && ['national', 'municipal'].includes(String(properties.level)) && properties.town === '奉城镇'
      })
      .map((feature) => String(feature.properties!.id))
      .sort()
  }

  it('shows a filtered link\'s filter on the map and the tabs, with shown / total, and one click clears it', async () => {
    const expected = expectedIds()
    const { page, context } = await openPage(app, LINK)
    await page.waitForSelector('[data-testid="filter-chips-count"]')
    expect(await renderedIds(page, ['sections-circle'])).toEqual(expected)
    const total = readLayerFile('sections').features.length
    expect((await page.textContent('[data-testid="filter-chips"]'))!.replace(/\s+/g, '')).toBe(`显示${expected.length}/${total}·Ⅳ类及以下·国考/市考·奉城镇✕`)
    expect(await page.textContent('[data-testid="layer-count-sections"]')).toContain(`${expected.length} / ${total}`)
    expect(await page.$$eval('[data-testid="tab-filter-badge"]', (badges) => badges.map((badge) => badge.textContent))).toContain(`${expected.length}/${total}`)

    // After a reload the filter is still on, and still said.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('town'))
    await page.reload()
    await waitForMapReady(page)
    await page.waitForSelector('[data-testid="filter-chips-count"]')
    expect(await page.textContent('[data-testid="filter-chips-count"]')).toBe(`显示 ${expected.length} / ${total}`)

    await page.click('[data-testid="filter-chips-clear"]')
    await page.waitForSelector('[data-testid="filter-chips"]', { state: 'detached' })
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('cls') && !new URL(location.href).searchParams.has('town'))
    expect((await page.textContent('[data-testid="layer-count-sections"]'))!.trim()).toBe(`${total} 个要素`)
    expect(await page.$$('[data-testid="tab-filter-badge"]')).toHaveLength(0)
    expect((await renderedIds(page, ['sections-circle'])).length).toBeGreaterThan(expected.length)
    await context.close()
  })
})

describe('batch exports', () => {
  it('downloads one ZIP with one PNG per stop, and prints one A4 landscape page per stop plus the cover', async () => {
    const { page, context } = await openPage(app)
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.click(`[data-testid="tour-open-${tour.id}"]`)
    await page.click('[data-testid="tour-make-briefing"]')
    await page.waitForSelector('[data-testid="tour-briefing"]', { timeout: 300_000 })
    // The stops that compare say what their rings mean.
    expect(await page.$$eval('[data-testid="briefing-change"]', (lines) => lines.length)).toBe(tour.stops.filter((stop) => stop.compare && stop.layers.includes('sections')).length)

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="briefing-png"]')])
    expect(download.suggestedFilename()).toBe(`${tour.id}-png.zip`)
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())))
    const names = Object.keys(files)
    expect(names).toEqual(tour.stops.map((_, index) => `${tour.id}-${String(index + 1).padStart(2, '0')}.png`))
    for (const name of names) {
      expect([...files[name]!.slice(0, 8)], name).toEqual(PNG_SIGNATURE)
      expect(files[name]!.length, name).toBeGreaterThan(10_000)
    }

    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []
    expect(pages.length).toBe(tour.stops.length + 1)
    // A4 landscape: 297 × 210 mm = 842 × 595 pt.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)
    expect(Math.round(Number(box![1]))).toBe(842)
    expect(Math.round(Number(box![2]))).toBe(595)
    await context.close()
  })
})
