/**
 * Issue #8 item 6: an automated accessibility check (axe-core, WCAG 2.1 A/AA rules) of the explore view in
 * the built app — the layers tab, the sections tab with its table, and an open section card — with zero
 * serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { AxeResults } from 'axe-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

interface Finding {
  rule: string
  impact: string
  help: string
  targets: string[]
}

/** Runs axe-core on the page as it is now and returns its serious and critical findings. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  // Evaluated through the DevTools protocol: the app's own policy (rightly) refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const results = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
  })
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact!,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}

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
