/**
 * Issue #8 §6 by keyboard alone: Tab reaches every control of the explore view, each focused control shows
 * a visible focus ring, and the everyday tasks work without a mouse — switch a layer off, step the clock,
 * filter the sections, open a section's card from the list and close it again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'

let app: TestApp
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** A short description of the focused element, and whether its focus can be seen (outline or shadow). */
async function focused(page: Page): Promise<{ name: string; visible: boolean } | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
    const shadow = style.boxShadow !== 'none'
    // A radio group is one stop of the tab order (the arrows move within it).
    const radio = element instanceof HTMLInputElement && element.type === 'radio' ? `radio-group:${element.name}` : null
    const name = radio ?? element.dataset.testid ?? `${element.tagName.toLowerCase()}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}`
    return { name, visible: outline || shadow }
  })
}

/** Every control a mouse user can reach on screen: enabled, visible, not taken out of the tab order. */
async function reachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])'
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => {
        if ((element as HTMLButtonElement).disabled || element.tabIndex < 0) return false
        if (element.closest('[inert], [aria-hidden="true"]')) return false
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
      })
      .map((element) => {
        const radio = element instanceof HTMLInputElement && element.type === 'radio' ? `radio-group:${element.name}` : null
        return radio ?? element.dataset.testid ?? `${element.tagName.toLowerCase()}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}`
      })
  })
}

/** Tabs through the page once (until focus comes back to the first control) and returns what was focused. */
async function tabCycle(page: Page, limit = 400): Promise<{ name: string; visible: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const seen: { name: string; visible: boolean }[] = []
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab')
    const current = await focused(page)
    if (!current) continue
    if (seen.length > 0 && current.name === seen[0]!.name) break
    seen.push(current)
  }
  return seen
}

describe('keyboard only', () => {
  it.each([
    ['the layers tab', null, 400],
    ['the sections tab, list rows included', 'tab-sections', 600],
  ])('%s: Tab reaches every control, each with a visible focus ring', async (_tab, tabId, limit) => {
    const { page, context } = await openPage(app, '?m=2019-06')
    if (tabId) await page.click(`[data-testid="${tabId}"]`)
    const controls = await reachableControls(page)
    const cycle = await tabCycle(page, limit)
    const reached = new Set(cycle.map((item) => item.name))
    expect(controls.filter((name) => !reached.has(name))).toEqual([])
    expect(cycle.filter((item) => !item.visible).map((item) => item.name)).toEqual([])
    await context.close()
  })

  it('switches a layer off, steps the clock, filters and opens a card without a mouse', async () => {
    const { page, context } = await openPage(app, '?m=2019-06')
    // A layer's checkbox: Space switches it, the map hides the layer.
    await page.focus('[data-testid="layer-toggle-greenways"]')
    await page.keyboard.press('Space')
    expect(await page.evaluate(() => window.__shuitian!.map.getLayoutProperty('greenways-line', 'visibility'))).toBe('none')
    // The clock's forward button: Enter steps one month.
    await page.focus('[data-testid="clock-forward"]')
    await page.keyboard.press('Enter')
    expect(await page.textContent('[data-testid="clock-label"]')).toBe('2019年7月')
    // The 断面 tab, then the 劣Ⅴ filter, by keyboard.
    await page.focus('[data-testid="tab-sections"]')
    await page.keyboard.press('Enter')
    await page.focus('[data-testid="filter-classes-6"]')
    await page.keyboard.press('Space')
    expect(await page.isChecked('[data-testid="filter-classes-6"]')).toBe(true)
    // A row's name opens the card; Escape closes it and gives focus back to the list.
    await page.click('[data-testid="filter-classes-6"]')
    await page.focus('[data-testid="section-list"] tbody tr .section-list__name')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid="feature-card"]')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="feature-card"]', { state: 'detached' })
    await context.close()
  })

  it('jumps to a typed stop right after the presenter opens, and gives focus back when it closes', async () => {
    const { page, context } = await openPage(app, '?m=2019-06')
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.click('[data-testid="tour-open-2019-inspection"]')
    await page.focus('[data-testid="tour-present"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="1"][data-state="ready"]', { timeout: 60_000 })
    // Digits and Enter go to the presenter, not to the button that opened it.
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid="tour-presenter"][data-stop="3"][data-state="ready"]', { timeout: 60_000 })
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="tour-presenter"]', { state: 'detached' })
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('tour-present')
    await context.close()
  })

  it('closes one thing per Escape: the import centre first, then the card under it', async () => {
    const { page, context } = await openPage(app, '?m=2019-06&sel=sections:FX03')
    await page.waitForSelector('[data-testid="feature-card"]')
    await page.click('[data-testid="import-open"]')
    await page.waitForSelector('[data-testid="import-centre"]')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="import-centre"]', { state: 'hidden' })
    expect(await page.isVisible('[data-testid="feature-card"]')).toBe(true)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="feature-card"]', { state: 'detached' })
    await context.close()
  })
})
