/**
 * Issue 15 §2/§3: the monitoring table is read in the monitoring worker (series.worker), by the plain
 * reader straight into the series' columns, or, for a table in any other form, by the general reader
 * (header words, date forms, problem texts). Both must give the card the class the engine computes, and
 * the page itself never loads a table reader: the worker does the reading.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { expectedClasses } from './support/water-truth.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const shipped = readFileSync(`${projectRoot}geodata/water/monthly.csv`, 'utf8')
/** The same rows with months written '2018/1' (a form only the general reader takes). */
const slashMonths = shipped.replace(/^([^,\n]+),(\d{4})-(\d{2}),/gm, (_, id: string, year: string, month: string) => `${id},${year}/${Number(month)},`)
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ']
const MONITORING_WORKER = /\/assets\/series\.worker-[^/]*\.js$/
const PAGE_READER = /\/assets\/read-series-[^/]*\.js$/

let app: TestApp
const truth = expectedClasses()

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Opens a section's card at a month with the table served as `table`; returns the class shown and the scripts fetched. */
async function cardClass(table: string, sectionId: string, month: string): Promise<{ shown: string; scripts: string[] }> {
  // Service workers blocked: the table must come from the route, not from a cache.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      scripts.push(new URL(request.url()).pathname)
    })
    await page.route('**/geodata/water/monthly.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: table }))
    await page.goto(`${app.baseUrl}?m=${month}&sel=sections:${sectionId}`)
    await waitForMapReady(page)
    await expect.poll(() => page.textContent('[data-testid="section-class"]'), { timeout: 30_000 }).toMatch(/类/)
    return { shown: (await page.textContent('[data-testid="section-class"]')) ?? '', scripts }
  } finally {
    await context.close()
  }
}

describe('monitoring table readers', () => {
  const sectionId = truth.sections[0]!
  const month = '2019-06'
  const expected = `${ROMAN[truth.classOf(sectionId, month)! - 1]}类`

  it('reads the shipped table in the worker to the class the engine computes', async () => {
    const { shown, scripts } = await cardClass(shipped, sectionId, month)
    expect(shown).toContain(expected)
    expect(scripts.some((path) => MONITORING_WORKER.test(path))).toBe(true)
    expect(scripts.some((path) => PAGE_READER.test(path))).toBe(false)
  })

  it('reads a table in another form through the general reader, to the same classes', async () => {
    expect(slashMonths).not.toBe(shipped)
    const { shown, scripts } = await cardClass(slashMonths, sectionId, month)
    expect(shown).toContain(expected)
    expect(scripts.some((path) => MONITORING_WORKER.test(path))).toBe(true)
    expect(scripts.some((path) => PAGE_READER.test(path))).toBe(false)
  })
})
