/**
 * Issue 12 item 2 in the built app: every stop of every shipped tour (geodata/tours/index.json) is fit to
 * show a leader, on a laptop (1280×800) and a tablet (768×1024): its figures are there and fit without
 * scrolling, its subject is drawn on the map, inside the map and not under the caption box. Issue 12
 * "Bad input": a tour whose stop names a layer, a section or a river that do not exist still presents,
 * that stop says what is missing in the planner's language, and the other stops work.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { measureStop, overlaps, type ShippedStop } from './support/tour-stop-probe.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const listings = (JSON.parse(readFileSync(`${projectRoot}geodata/tours/index.json`, 'utf8')) as { tours: { id: string; file: string }[] }).tours
const tours = listings.map((listing) => ({
  id: listing.id,
  stops: (JSON.parse(readFileSync(`${projectRoot}geodata/tours/${listing.file}`, 'utf8')) as { stops: ShippedStop[] }).stops,
}))
const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

async function waitForStop(page: Page, number: number): Promise<void> {
  await page.waitForSelector(`[data-testid="tour-presenter"][data-stop="${number}"][data-state="ready"]`, { timeout: 90_000 })
}

describe.each(tours)('shipped tour $id', (tour) => {
  it.each(VIEWPORTS)('every stop at $width×$height: figures filled and unscrolled, subject drawn and clear of the caption', async (viewport) => {
    const { page, context, consoleErrors, offOriginRequests } = await openPage(app, `?m=2019-01&tour=${tour.id}&stop=1`, { viewport })
    const problems: string[] = []
    for (const [index, stop] of tour.stops.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight')
      await waitForStop(page, index + 1)
      const measure = await measureStop(page, stop)
      const where = `${tour.id} stop ${index + 1} (${stop.id}) at ${viewport.width}×${viewport.height}`
      if (measure.figureRows === 0 || measure.figuresEmpty) problems.push(`${where}: no figures`)
      if (/\(0\.0+\)/.test(measure.figuresText)) problems.push(`${where}: a main pollutant with a zero multiple: ${measure.figuresText}`)
      if (measure.figuresOverflow.scrollHeight > measure.figuresOverflow.clientHeight) problems.push(`${where}: figures scroll ${JSON.stringify(measure.figuresOverflow)}`)
      if (measure.captionOverflow.scrollHeight > measure.captionOverflow.clientHeight) problems.push(`${where}: caption scrolls ${JSON.stringify(measure.captionOverflow)}`)
      for (const [id, box] of Object.entries(measure.subject)) {
        if (!measure.rendered.includes(id)) problems.push(`${where}: ${id} is not drawn`)
        if (overlaps(box, measure.caption)) problems.push(`${where}: ${id} ${JSON.stringify(box)} is under the caption ${JSON.stringify(measure.caption)}`)
        const inside = box.left >= measure.canvas.left && box.right <= measure.canvas.right && box.top >= measure.canvas.top && box.bottom <= measure.canvas.bottom
        if (!inside) problems.push(`${where}: ${id} is partly off the map`)
      }
    }
    expect(problems).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(offOriginRequests).toEqual([])
    await context.close()
  }, 600_000)
})

describe('a tour whose stop names what the data does not have', () => {
  const shipped = JSON.parse(readFileSync(`${projectRoot}geodata/tours/2019-inspection.json`, 'utf8')) as { stops: Record<string, unknown>[] }
  const fixture = {
    ...shipped,
    stops: [
      shipped.stops[1],
      {
        ...shipped.stops[4],
        id: 'broken',
        layers: ['sections', 'roads'],
        features: [{ layerId: 'sections', featureId: 'FX99' }, { layerId: 'sections', featureId: 'FX05' }],
        filter: { rivers: ['浦南运河', '无名河'] },
      },
      shipped.stops[2],
    ],
  }

  it.each([
    ['zh', '', ['图层“roads”不存在', '图层 sections 中没有要素“FX99”', '筛选的河道“无名河”没有断面']],
    ['en', '&lang=en', ['layer "roads" does not exist', 'layer sections has no feature "FX99"', 'the filter\'s river "无名河" has no sections']],
  ])('still presents; that stop says what is missing (%s), the others work', async (_language, lang, lines) => {
    const { page, context, consoleErrors } = await openPage(app, `?m=2019-01&tour=2019-inspection&stop=1${lang}`, { waitForReady: false })
    await page.route('**/geodata/tours/2019-inspection.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fixture) }))
    await page.reload()
    await waitForStop(page, 1)
    expect(await page.$('[data-testid="tour-stop-missing"]')).toBeNull()
    await page.keyboard.press('ArrowRight')
    await waitForStop(page, 2)
    const note = await page.textContent('[data-testid="tour-stop-missing"]')
    for (const line of lines) expect(note).toContain(line)
    // What exists is still shown: the named section that exists, with its figures.
    expect(await page.textContent('[data-testid="tour-figures"]')).toMatch(lang ? /Punan Canal – West Sluice/ : /浦南运河-西闸/)
    await page.keyboard.press('ArrowRight')
    await waitForStop(page, 3)
    expect(await page.$('[data-testid="tour-stop-missing"]')).toBeNull()
    expect(await page.$$eval('[data-testid="tour-figures"] dd', (cells) => cells.length)).toBeGreaterThan(0)
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 300_000)
})
