/** Issues #3 and #7 in the built app: classes on the map follow the engine, the slider, filters, 环比/同比, links. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { colourAt, coloursClose, countColourPixelsNear, pointOf, readLayerFile, renderedIds } from './support/map-probe.ts'
import { expectedClasses } from './support/water-truth.ts'
import { WATER_CLASS_COLOURS } from '@/domain/water-quality/index.ts'
import { addMonths, sameMonthLastYear } from '@/domain/time/index.ts'

const SECTION_LAYERS = ['sections-circle']
let app: TestApp
const truth = expectedClasses()
const sections = readLayerFile('sections')

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** A month and a section whose class changes in the next month (so a step must repaint it). */
function sectionChangingAfter(): { month: string; sectionId: string } {
  for (let offset = 12; offset < 30; offset++) {
    const month = addMonths('2018-01', offset)
    for (const sectionId of truth.sections) {
      const now = truth.classOf(sectionId, month)
      const next = truth.classOf(sectionId, addMonths(month, 1))
      if (now && next && now !== next) return { month, sectionId }
    }
  }
  throw new Error('the sample data has no class change to test')
}

describe('clock and classes', () => {
  it('colours sections with the class the engine computes, and repaints them after a slider step', async () => {
    const { month, sectionId } = sectionChangingAfter()
    const position = pointOf(sections, sectionId)
    const { page, context } = await openPage(app, `?m=${month}&c=${position[0]},${position[1]},13,0,0`)
    expect(await page.textContent('[data-testid="clock-label"]')).toBe(`${month.slice(0, 4)}年${Number(month.slice(5))}月`)
    const before = truth.classOf(sectionId, month)!
    // Sampled below the centre: from zoom 11 on the marker carries its class numeral in the middle.
    expect(coloursClose(await colourAt(page, position, [0, 8]), WATER_CLASS_COLOURS[before])).toBe(true)

    await page.keyboard.press('ArrowRight')
    const next = addMonths(month, 1)
    expect(await page.textContent('[data-testid="clock-label"]')).toBe(`${next.slice(0, 4)}年${Number(next.slice(5))}月`)
    const after = truth.classOf(sectionId, next)!
    expect(coloursClose(await colourAt(page, position, [0, 8]), WATER_CLASS_COLOURS[after])).toBe(true)
    await context.close()
  })

  it('shows in a section card the class of the clock month', async () => {
    const { month, sectionId } = sectionChangingAfter()
    const { page, context } = await openPage(app, `?m=${month}&sel=sections:${sectionId}`)
    const roman = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'][truth.classOf(sectionId, month)! - 1]!
    expect(await page.textContent('[data-testid="section-class"]')).toContain(`${roman}类`)
    await page.click('[data-testid="clock-forward"]')
    const nextRoman = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'][truth.classOf(sectionId, addMonths(month, 1))! - 1]!
    expect(await page.textContent('[data-testid="section-class"]')).toContain(`${nextRoman}类`)
    await context.close()
  })

  it('words the measurements of a card in English without Chinese, units included', async () => {
    const { page, context } = await openPage(app, '?m=2019-06&sel=sections:FX01&lang=en')
    const table = await page.textContent('[data-testid="section-values"]')
    expect(table).toContain('Total phosphorus')
    expect(table).toContain('mg/L')
    // pH is dimensionless (GB 3838-2002: 无量纲): no unit in English.
    expect(table).not.toMatch(/[\u3400-\u9fff]/)
    await context.close()
  })

  it('plays month after month and pauses again', async () => {
    const { page, context } = await openPage(app, '?m=2019-01')
    await page.selectOption('[data-testid="clock-speed"]', '250')
    await page.click('[data-testid="clock-play"]')
    await page.waitForFunction(() => !document.querySelector('[data-testid="clock-label"]')?.textContent?.includes('2019年1月'))
    await page.click('[data-testid="clock-play"]')
    const paused = await page.textContent('[data-testid="clock-label"]')
    await page.waitForTimeout(600)
    expect(await page.textContent('[data-testid="clock-label"]')).toBe(paused)
    await context.close()
  })
})

describe('water-class filter', () => {
  it('leaves exactly the 劣Ⅴ sections of the month on the map and in the list', async () => {
    const month = ['2018-07', '2018-08', '2019-07', '2018-06'].find((candidate) =>
      truth.sections.some((id) => truth.classOf(id, candidate) === 6),
    )
    expect(month).toBeTruthy()
    const worst = truth.sections.filter((id) => truth.classOf(id, month!) === 6).sort()
    const { page, context } = await openPage(app, `?m=${month}`)
    await page.click('[data-testid="tab-sections"]')
    await page.waitForSelector('[data-testid="section-list"] tbody tr')
    // By name, so that the first row is not already a 劣Ⅴ section's.
    await page.click('[data-testid="section-list"] thead th:first-child button')
    await page.evaluate(() => {
      ;(window as unknown as { firstRow: Element | null }).firstRow = document.querySelector('[data-testid="section-list"] tbody tr')
    })
    await page.click('[data-testid="filter-classes-6"]')
    expect(await renderedIds(page, SECTION_LAYERS)).toEqual(worst)
    // The list patches its rows in place (issue 15 §4): its first row is the same element, now another section's.
    const firstRow = await page.evaluate(() => {
      const row = document.querySelector('[data-testid="section-list"] tbody tr')
      return { same: (window as unknown as { firstRow: Element | null }).firstRow === row, id: row?.getAttribute('data-section-id') }
    })
    expect(worst).toContain(firstRow.id)
    expect(firstRow.same).toBe(true)
    const listed = await page.$$eval('[data-testid="section-list"] tbody tr', (rows) => rows.map((row) => row.getAttribute('data-section-id')))
    expect([...listed].sort()).toEqual(worst)
    expect(await page.textContent('[data-testid="filter-count-classes-6"]')).toBe(String(worst.length))

    await page.click('[data-testid="filter-clear"]')
    expect((await renderedIds(page, SECTION_LAYERS)).length).toBe(45)
    await context.close()
  })

  it('restores filters and the month from a link', async () => {
    const month = '2019-06'
    const expected = truth.sections.filter((id) => truth.classOf(id, month) === 4)
    const municipal = new Set(sections.features.filter((f) => f.properties!.level === 'municipal').map((f) => String(f.properties!.id)))
    const { page, context } = await openPage(app, `?m=${month}&cls=4&lvl=municipal`)
    await page.click('[data-testid="tab-sections"]')
    expect(await page.isChecked('[data-testid="filter-classes-4"]')).toBe(true)
    expect(await page.isChecked('[data-testid="filter-levels-municipal"]')).toBe(true)
    const listed = await page.$$eval('[data-testid="section-list"] tbody tr', (rows) => rows.map((row) => row.getAttribute('data-section-id')))
    expect([...listed].sort()).toEqual(expected.filter((id) => municipal.has(id)).sort())
    await context.close()
  })

  it('writes the view into the URL so that a link reproduces it', async () => {
    const { page, context } = await openPage(app, '?m=2019-03')
    await page.click('[data-testid="tab-sections"]')
    await page.click('[data-testid="filter-classes-5"]')
    await page.click('[data-testid="compare-lastYear"]')
    await page.waitForFunction(() => location.search.includes('cls=5') && location.search.includes('cmp=lastYear'))
    const link = await page.evaluate(() => location.search)
    const second = await openPage(app, link)
    await second.page.click('[data-testid="tab-sections"]')
    expect(await second.page.isChecked('[data-testid="filter-classes-5"]')).toBe(true)
    expect(await second.page.isChecked('[data-testid="compare-lastYear"]')).toBe(true)
    expect(await second.page.textContent('[data-testid="clock-label"]')).toBe('2019年3月')
    await second.context.close()
    await context.close()
  })

  it('counts 同比 changes as the data says', async () => {
    const month = '2019-08'
    const reference = sameMonthLastYear(month)
    let better = 0
    let worse = 0
    for (const id of truth.sections) {
      const [now, then] = [truth.classOf(id, month), truth.classOf(id, reference)]
      if (now && then && now < then) better++
      if (now && then && now > then) worse++
    }
    const { page, context } = await openPage(app, `?m=${month}&cmp=lastYear`)
    expect(await page.textContent('[data-testid="change-counts"]')).toBe(`好转 ${better} 个, 变差 ${worse} 个`)
    await context.close()
  })
})

describe('class numerals on the markers', () => {
  it('writes the class numeral on each section at the district view, so colour is not the only signal', async () => {
    const month = '2019-06'
    const sectionId = truth.sections.find((id) => [1, 3, 4].includes(truth.classOf(id, month) ?? 0))!
    const position = pointOf(sections, sectionId)
    // The district view the app opens with (no camera in the address).
    const { page, context } = await openPage(app, `?m=${month}&l=sections`)
    expect(await page.evaluate(() => window.__shuitian!.map.getZoom())).toBeLessThan(11)
    // Dark numeral pixels inside the marker at the district view; none once zoomed out to all of Shanghai.
    // Near-black within 90 per channel: a CJK font's thin, anti-aliased strokes rarely reach #1a1a1a itself,
    // and every class fill (Ⅲ green, Ⅳ yellow …) is far further from black than that.
    const darkAtDistrictZoom = await countColourPixelsNear(page, position, 6, '#1a1a1a', 90)
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 8.5 }), position)
    const darkZoomedOut = await countColourPixelsNear(page, position, 6, '#1a1a1a', 90)
    await page.evaluate((center) => window.__shuitian!.map.jumpTo({ center, zoom: 10 }), position)
    expect(darkAtDistrictZoom).toBeGreaterThan(0)
    expect(darkZoomedOut).toBe(0)
    const drawn = await page.evaluate(
      (id) => window.__shuitian!.map.queryRenderedFeatures(undefined, { layers: ['sections-numeral-1', 'sections-numeral-2', 'sections-numeral-3', 'sections-numeral-4', 'sections-numeral-5', 'sections-numeral-6'] })
        .filter((feature) => String(feature.properties?.id) === id && feature.state?.waterClass === Number(feature.layer.id.slice(-1)))
        .map((feature) => feature.layer.id),
      sectionId,
    )
    expect(drawn).toEqual([`sections-numeral-${truth.classOf(sectionId, month)}`])
    await context.close()
  })

  it('writes Ⅴ on the class Ⅴ markers too (a canvas font may draw the Number Forms Ⅴ empty)', async () => {
    let found: { month: string; sectionId: string } | undefined
    for (let offset = 0; offset < 36 && !found; offset++) {
      const month = addMonths('2018-01', offset)
      const sectionId = truth.sections.find((id) => truth.classOf(id, month) === 5)
      if (sectionId) found = { month, sectionId }
    }
    expect(found, 'a class Ⅴ section in the sample series').toBeDefined()
    const position = pointOf(sections, found!.sectionId)
    const { page, context } = await openPage(app, `?m=${found!.month}&l=sections&c=${position[0]},${position[1]},12,0,0`)
    // The orange fill is far from near-black; only the numeral's strokes are dark.
    expect(await countColourPixelsNear(page, position, 6, '#1a1a1a', 90)).toBeGreaterThan(0)
    await context.close()
  })
  it('keeps the map its size while the monitoring series arrives (the time strip has its place from the start)', async () => {
    // The table is held back, so the first map is drawn before the series; every size of the map's drawing
    // buffer is recorded until the clock shows a month. A map that is resized reallocates its buffer and
    // redraws everything, and its content jumps under the planner's eyes.
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.route('**/geodata/water/monthly.csv', async (route) => {
      const response = await route.fetch()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.fulfill({ response })
    })
    await page.addInitScript(() => {
      const sizes: string[] = []
      ;(window as unknown as { __canvasSizes: string[] }).__canvasSizes = sizes
      setInterval(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')
        if (canvas && sizes[sizes.length - 1] !== `${canvas.width}x${canvas.height}`) sizes.push(`${canvas.width}x${canvas.height}`)
      }, 5)
    })
    await page.goto(app.baseUrl)
    await page.waitForSelector('[data-testid="time-strip"]', { timeout: 90_000 })
    // A resize follows a layout change within a frame or two (ResizeObserver); leave it time to show.
    await page.waitForTimeout(500)
    const sizes = await page.evaluate(() => (window as unknown as { __canvasSizes: string[] }).__canvasSizes)
    expect(sizes.length).toBeGreaterThan(0)
    expect(sizes).toEqual([sizes[0]])
    await context.close()
  })
})
