/**
 * Issue #8 item 2: the built app runs under its strict Content-Security-Policy (vite.config.ts) — MapLibre,
 * its worker, the service worker and every feature exercised here — with no violation at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { jumpTo, pagePositionOf, pointOf, readLayerFile } from './support/map-probe.ts'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

interface Violation {
  directive: string
  blocked: string
  sample: string
}

/** Opens the app with a listener that records every violation report, from the first script on. */
async function openWatched(path = '') {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const violations: Violation[] = []
    ;(window as unknown as { __cspViolations: Violation[] }).__cspViolations = violations
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample })
    })
  })
  const consoleReports: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleReports.push(message.text())
  })
  await page.goto(app.baseUrl + path)
  await waitForMapReady(page)
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)
  return { context, page, consoleReports, violations }
}

async function clickSection(page: Page, sectionId: string) {
  const position = pointOf(readLayerFile('sections'), sectionId)
  await jumpTo(page, position, 13)
  const target = await pagePositionOf(page, position)
  await page.mouse.click(target.x, target.y)
  await page.waitForSelector('[data-testid="feature-card"]')
}

describe('content security policy', () => {
  it('is delivered in the built page: self only, no inline script, no eval', async () => {
    const { page, context } = await openWatched()
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    // No inline script anywhere in the page: every <script> has a src on the app's own origin.
    const scripts = await page.$$eval('script', (elements) => elements.map((element) => element.getAttribute('src')))
    expect(scripts.every((src) => src !== null)).toBe(true)
    await context.close()
  })

  it('blocks what it must: an inline script injected at run time does not run', async () => {
    const { page, context, violations } = await openWatched()
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
    })
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0)
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined()
    expect((await violations()).map((violation) => violation.directive)).toContain('script-src-elem')
    await context.close()
  })

  it('runs the map, cards, clock, layers, tabs and language switch with no violation', async () => {
    const { page, context, consoleReports, violations } = await openWatched('?m=2019-06')
    await clickSection(page, 'FX01')
    await page.click('[data-testid="clock-forward"]')
    await page.keyboard.press('ArrowRight')
    await page.click('[data-testid="feature-card-close"]')
    await page.click('[data-testid="layer-toggle-greenways"]')
    await page.click('[data-testid="layer-toggle-greenways"]')
    await page.click('[data-testid="tab-sections"]')
    await page.click('[data-testid="filter-classes-4"]')
    await page.click('[data-testid="filter-clear"]')
    await page.click('[data-testid="section-list"] tbody tr .section-list__name')
    await page.waitForSelector('[data-testid="feature-card"]')
    await page.click('[data-testid="tab-layers"]')
    await page.click('[data-testid="locale-switch"]')
    await page.evaluate(() => window.__shuitian!.map.zoomIn({ duration: 0 }))
    await page.evaluate(() => window.__shuitian!.whenIdle())
    // Let the service worker register (it is governed by worker-src) before reading the reports.
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope))
    expect(await violations()).toEqual([])
    expect(consoleReports).toEqual([])
    await context.close()
  })
})
