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
