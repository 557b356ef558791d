/**
 * Issue #5 on a tablet: a flick across the map turns the presenter's page (the map covers most of the
 * screen, so that is where a finger lands), a slow drag only pans, and autoplay waits each stop's dwell
 * time before it moves on. Touches are real: Chromium's input pipeline (DevTools Input.dispatchTouchEvent).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CDPSession, Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const tour = JSON.parse(readFileSync(`${projectRoot}geodata/tours/2019-inspection.json`, 'utf8')) as {
  id: string
  stops: { dwellSeconds?: number }[]
}
const START = `?m=2019-01&tour=${tour.id}&stop=1`
const DEFAULT_DWELL_SECONDS = 8

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

async function openTablet(): Promise<{ page: Page; session: CDPSession; close: () => Promise<void> }> {
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false })
  const page = await context.newPage()
  await page.goto(app.baseUrl + START)
  await waitForMapReady(page)
  await waitForStop(page, 1)
  return { page, session: await context.newCDPSession(page), close: () => context.close() }
}

async function waitForStop(page: Page, number: number, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`[data-testid="tour-presenter"][data-stop="${number}"][data-state="ready"]`, { timeout })
}

const stopNumber = async (page: Page) => Number(await page.getAttribute('[data-testid="tour-presenter"]', 'data-stop'))

/**
 * One finger from `from` to `to` in `steps` moves spread over `milliseconds` of event time. The events carry
 * their own timestamps: software WebGL renders a frame between two dispatched events, which would make
 * every stroke look slow to the page if the wall clock were used.
 */
async function stroke(session: CDPSession, from: [number, number], to: [number, number], milliseconds: number, steps = 8) {
  const point = (t: number) => ({ x: from[0] + (to[0] - from[0]) * t, y: from[1] + (to[1] - from[1]) * t, id: 1 })
  const startSeconds = Date.now() / 1000
  const at = (step: number) => startSeconds + (milliseconds / 1000) * (step / steps)
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)], timestamp: at(0) })
  for (let step = 1; step <= steps; step++) {
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(step / steps)], timestamp: at(step) })
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps) })
}

describe('presenter on a tablet', () => {
  it('turns to the next stop on a flick to the left across the map, and back on a flick to the right', async () => {
    const { page, session, close } = await openTablet()
    // The middle of the screen is the map, not the caption or the figure panel.
    await stroke(session, [700, 330], [400, 340], 200)
    await waitForStop(page, 2)
    await stroke(session, [400, 330], [700, 320], 200)
    await waitForStop(page, 1)
    await close()
  })

  it('only pans the map on a slow drag, and ignores a stroke up or down', async () => {
    const { page, session, close } = await openTablet()
    const before = await page.evaluate(() => window.__shuitian!.map.getCenter().toArray())
    await stroke(session, [700, 330], [450, 330], 1400, 20)
    await stroke(session, [600, 200], [620, 450], 200)
    await page.waitForTimeout(500)
    expect(await stopNumber(page)).toBe(1)
    const after = await page.evaluate(() => window.__shuitian!.map.getCenter().toArray())
    expect(after[0]).toBeGreaterThan(before[0])
    await close()
  })

  it('plays the tour by itself, staying on each stop for its dwell time', async () => {
    const { page, close } = await openTablet()
    const dwell = tour.stops[0]!.dwellSeconds ?? DEFAULT_DWELL_SECONDS
    await page.click('[data-testid="tour-autoplay"]')
    const started = Date.now()
    await waitForStop(page, 2, (dwell + 60) * 1000)
    expect(Date.now() - started).toBeGreaterThanOrEqual((dwell - 1) * 1000)
    expect(await page.getAttribute('[data-testid="tour-autoplay"]', 'aria-pressed')).toBe('true')
    // Pressed again, autoplay pauses: the presenter stays on stop 2 past its dwell time.
    await page.click('[data-testid="tour-autoplay"]')
    expect(await page.getAttribute('[data-testid="tour-autoplay"]', 'aria-pressed')).toBe('false')
    await page.waitForTimeout((tour.stops[1]!.dwellSeconds ?? DEFAULT_DWELL_SECONDS) * 1000 + 1000)
    expect(await stopNumber(page)).toBe(2)
    await close()
  })
})
