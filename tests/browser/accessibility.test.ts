/**
 * Issue #8 item 6: an automated accessibility check (axe-core, WCAG 2.1 A/AA rules) of the explore view in
 * the built app — the layers tab, the sections tab with its table, and an open section card — with zero
 * serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { seriousViolations } from './support/axe.ts'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('accessibility (axe-core)', () => {
  it('finds no serious violation in the layers tab', async () => {
    const { page, context } = await openPage(app)
    await page.click('[data-testid="tab-layers"]')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('finds no serious violation in the sections tab with its table', async () => {
    const { page, context } = await openPage(app, '?m=2019-06')
    await page.click('[data-testid="tab-sections"]')
    await page.waitForSelector('[data-testid="section-list"] tbody tr')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('finds no serious violation with a section card open', async () => {
    const { page, context } = await openPage(app, '?m=2019-06&sel=sections:FX01')
    await page.waitForSelector('[data-testid="feature-card"]')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('finds no serious violation in English on a portrait tablet with the panel open', async () => {
    const { page, context } = await openPage(app, '?m=2019-06', { viewport: { width: 768, height: 1024 } })
    await page.click('[data-testid="locale-switch"]')
    await page.click('[data-testid="panel-toggle"]')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('is able to fail: an unlabeled button in the page is reported', async () => {
    const { page, context } = await openPage(app)
    await page.evaluate(() => document.body.append(document.createElement('button')))
    expect((await seriousViolations(page)).map((finding) => finding.rule)).toContain('button-name')
    await context.close()
  })
})
