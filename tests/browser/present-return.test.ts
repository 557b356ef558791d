/**
 * Issue 12 item 1 in the built app: presenting is a mode, not an edit. The planner's explore view
 * (month, filter, comparison, selection, opacity, camera, open panels, address) is the same after the
 * presenter is left by each way — exit button, Esc, browser back, end of autoplay — as before it
 * was entered. A tour opened from a link leaves to its first stop and says so.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, waitForMapIdle, type TestApp } from './support/browser.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const tour = JSON.parse(readFileSync(`${projectRoot}geodata/tours/2019-inspection.json`, 'utf8')) as { id: string; stops: { title: string }[] }

// The planner's own view: a month no stop uses, a filter, 同比, a selected section, a layer at 60 %.
const EXPLORE = '?m=2018-10&mode=month&c=121.48,30.93,11.2,0,0&l=sections,remediation-plots&op=sections:0.6&cmp=lastYear&cls=4,5,6&sel=sections:FX03&lang=zh'

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** The stores' plain state that makes up the view (Pinia's state tree, read through the Vue app). */
async function storeView(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { state: { value: Record<string, Record<string, unknown>> } } } } } }
    const state = JSON.parse(JSON.stringify(root.__vue_app__.config.globalProperties.$pinia.state.value)) as Record<string, Record<string, unknown>>
    const layers = state.layers!.layers as Record<string, { visible: boolean; opacity: number }>
    return {
      clock: state.clock!.clock,
      filter: state['section-filter'],
      selected: state.selection!.selected,
      layers: Object.fromEntries(Object.entries(layers).map(([id, layer]) => [id, [layer.visible, layer.opacity]])),
      camera: (() => {
        const map = window.__shuitian!.map
        const center = map.getCenter()
        return [center.lng.toFixed(5), center.lat.toFixed(5), map.getZoom().toFixed(2)]
      })(),
    }
  })
}

async function panels(page: Page) {
  return {
    tourPanel: await page.getAttribute('[data-testid="tour-panel-toggle"]', 'aria-expanded'),
    analysis: await page.getAttribute('[data-testid="analysis-toggle"]', 'aria-expanded'),
    side: await page.getAttribute('[data-testid="panel-toggle"]', 'aria-expanded'),
  }
}

/** Waits until the address stops changing (it is rewritten 250 ms after a change). */
async function settledUrl(page: Page): Promise<string> {
  let last = page.url()
  for (let round = 0; round < 20; round += 1) {
    await page.waitForTimeout(400)
    if (page.url() === last) return last
    last = page.url()
  }
  return last
}

async function waitForStop(page: Page, number: number): Promise<void> {
  await page.waitForSelector(`[data-testid="tour-presenter"][data-stop="${number}"][data-state="ready"]`, { timeout: 60_000 })
}

async function presentToStop4(page: Page): Promise<void> {
  await page.click('[data-testid="tour-panel-toggle"]')
  await page.click(`[data-testid="tour-open-${tour.id}"]`)
  await page.click('[data-testid="tour-present"]')
  await waitForStop(page, 1)
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight')
  await waitForStop(page, 4)
  // The presenter really changed the view (or the test below would prove nothing).
  expect(new URL(page.url()).searchParams.get('m')).not.toBe('2018-10')
}

const WAYS: Record<string, (page: Page) => Promise<void>> = {
  'the exit button': (page) => page.click('[data-testid="tour-exit"]'),
  Esc: (page) => page.keyboard.press('Escape'),
  'browser back': async (page) => {
    await page.goBack()
  },
  'the end of autoplay': async (page) => {
    await page.keyboard.press('End')
    await waitForStop(page, tour.stops.length)
    await page.click('[data-testid="tour-autoplay"]')
  },
}

describe('leaving the presenter restores the explore view', () => {
  it.each(Object.keys(WAYS))('by %s', async (way) => {
    const { page, context } = await openPage(app, EXPLORE)
    await page.click('[data-testid="analysis-toggle"]')
    await waitForMapIdle(page)
    const url = await settledUrl(page)
    const before = await storeView(page)
    expect(before.selected).toEqual({ layerId: 'sections', featureId: 'FX03' })
    expect((before.filter as { compare: string }).compare).toBe('lastYear')

    await presentToStop4(page)
    const panelsBefore = await panels(page)
    await WAYS[way]!(page)
    await page.waitForSelector('[data-testid="tour-presenter"]', { state: 'detached', timeout: 60_000 })
    await waitForMapIdle(page)

    expect(await storeView(page)).toEqual(before)
    expect(await panels(page)).toEqual(panelsBefore)
    expect(await settledUrl(page)).toBe(url)
    expect(await page.isVisible('[data-testid="presenter-return-notice"]')).toBe(false)
    await context.close()
  })

  it('leaves a tour opened from a link at its first stop, and says so', async () => {
    const { page, context } = await openPage(app, `?m=2019-01&tour=${tour.id}&stop=4`)
    await waitForStop(page, 4)
    await page.click('[data-testid="tour-exit"]')
    await page.waitForSelector('[data-testid="presenter-return-notice"]')
    expect(await page.textContent('[data-testid="presenter-return-notice"]')).toContain(tour.stops[0]!.title)
    const url = new URL(await settledUrl(page))
    expect(url.searchParams.has('tour')).toBe(false)
    expect(url.searchParams.get('m')).toBe('2019-01')
    await page.click('[data-testid="presenter-return-dismiss"]')
    expect(await page.isVisible('[data-testid="presenter-return-notice"]')).toBe(false)
    await context.close()
  })
})
