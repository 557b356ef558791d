/**
 * Issue #8 §3 in the built app: a planner imports a CSV whose cells look like formulas, commits it, and
 * exports the layer (and its statistics table) as Excel. The downloaded workbook, read back in Node, holds
 * the formula-like cells as text behind a leading apostrophe, and no formula.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { readSheet } from 'read-excel-file/node'
import type { Download, Page } from 'playwright-core'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { importAndCommit } from './support/import-centre.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const FILE = 'formula-cells.csv'
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Picks the hostile CSV in the import centre and commits it as a layer; returns the layer id. */
async function importFormulaCells(page: Page): Promise<string> {
  await importAndCommit(page, FILE, readFileSync(`${fixtures}hostile/${FILE}`))
  const layerId = await page.getAttribute('[data-testid="imported-layer"]', 'data-layer')
  expect(layerId).toBeTruthy()
  return layerId!
}

/** Clicks a button that starts a download and returns the file's name, bytes and the Blob's type. */
async function downloadFrom(page: Page, selector: string): Promise<{ name: string; bytes: Buffer; type: string }> {
  // The Blob's MIME type is only visible in the page: record it when the app creates the object URL.
  await page.evaluate(() => {
    const original = URL.createObjectURL.bind(URL)
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      ;(window as unknown as { __lastBlobType?: string }).__lastBlobType = (blob as Blob).type
      return original(blob)
    }
  })
  const [download] = (await Promise.all([page.waitForEvent('download'), page.click(selector)])) as [Download, void]
  const path = await download.path()
  const type = await page.evaluate(() => (window as unknown as { __lastBlobType?: string }).__lastBlobType ?? '')
  return { name: download.suggestedFilename(), bytes: readFileSync(path), type }
}

describe('Excel export', () => {
  it('exports an imported layer with its formula-like cells as apostrophe-led text', async () => {
    const { page, context } = await openPage(app)
    const layerId = await importFormulaCells(page)
    const { name, bytes, type } = await downloadFrom(page, `[data-testid="imported-layer"][data-layer="${layerId}"] [data-testid="imported-layer-export-xlsx"]`)
    expect(name).toMatch(/\.xlsx$/)
    expect(type).toBe(XLSX_MIME)

    const sheet = await readSheet(bytes, { trim: false })
    const header = sheet[0] as string[]
    const column = (key: string) => header.indexOf(key)
    expect(header).toEqual(expect.arrayContaining(['名称', '链接', '经度', '纬度']))
    const [first, second] = sheet.slice(1)
    expect(first![column('名称')]).toBe(`'=HYPERLINK("http://example.invalid","点我")`)
    expect(first![column('链接')]).toBe("'+cmd|'/C calc'!A0")
    expect(second![column('名称')]).toBe("'@SUM(1+1)")
    expect(second![column('链接')]).toBe("'-2+3")
    // Coordinates stay numbers (the CSV was WGS84, so they come back as written).
    expect(first![column('经度')]).toBeCloseTo(121.47, 6)
    expect(second![column('纬度')]).toBeCloseTo(30.93, 6)
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).not.toMatch(/<f[\s>/]/)
    await context.close()
  })

  it('exports the statistics table as the panel shows it', async () => {
    const { page, context } = await openPage(app)
    const layerId = await importFormulaCells(page)
    await page.click('[data-testid="import-close"]')
    await page.click('[data-testid="analysis-toggle"]')
    await page.selectOption('[data-testid="statistics-layer"]', layerId)
    const shown = await page.$$eval('[data-testid="statistics-table"] tr', (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')))
    expect(shown.length).toBeGreaterThanOrEqual(3) // headings, at least one group, totals
    const { name, bytes, type } = await downloadFrom(page, '[data-testid="statistics-export-xlsx"]')
    expect(name).toMatch(new RegExp(`^${layerId}-.+\\.xlsx$`))
    expect(type).toBe(XLSX_MIME)
    const sheet = await readSheet(bytes)
    expect(sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))).toEqual(shown)
    await context.close()
  })
})
