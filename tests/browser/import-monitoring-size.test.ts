/**
 * Issue 15 §2 for monitoring tables, in the built app: a planner imports a 1.2 M-row table (10,000 sections ×
 * 120 months, 42 MB of CSV) into a map of 10,000 sections. The table is read in the import worker, merged
 * in the merge worker and saved as columns; the page's longest task stays under the 200 ms
 * (scaled by the load, support/long-tasks.ts), the map shows the classes the engine computes from the
 * same rows, and after a reload the imported months are still there. Before the columns, the page took
 * one 3.5 s task to receive the records and one 12.9 s task to merge and save them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import type { Page } from 'playwright-core'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { importJob as job, pickPath } from './support/import-centre.ts'
import { describeTasks, longTaskLimit, watchLongTasks } from './support/long-tasks.ts'
import { makeSyntheticDataset, type SyntheticDataset } from '../../scripts/bench/synthetic-data.ts'
import { readSeriesText } from '../../src/data/monitoring/read-series.ts'

const FILE = 'sections-10000-monthly.csv'
let app: TestApp
let folder: string
let dataset: SyntheticDataset

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shuitian-table-'))
  app = await startApp()
  const shipped = JSON.parse(readFileSync(new URL('../../dist/geodata/layers/sections.geojson', import.meta.url), 'utf8')) as FeatureCollection
  const towns = [...new Set(shipped.features.map((feature) => String(feature.properties?.town)))].sort()
  dataset = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20_240_607, towns })
  writeFileSync(join(folder, FILE), dataset.csv)
})
afterAll(async () => {
  await app?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** Every section's class on the map (feature-state; 0 = no sample), in the sections' order. */
function mapClasses(page: Page, ids: readonly string[]): Promise<number[]> {
  return page.evaluate((sectionIds) => {
    const map = window.__shuitian!.map
    return sectionIds.map((id) => (map.getFeatureState({ source: 'sections', id }).waterClass as number | undefined) ?? 0)
  }, ids)
}

/** The classes the engine gives the month, read from the same rows by the app's own table reader. */
function expectedClasses(ids: readonly string[], month: string): number[] {
  const { matrix } = readSeriesText(dataset.csv, ids)
  const monthIndex = matrix!.months.indexOf(month)
  return ids.map((_, section) => matrix!.classes[section * matrix!.months.length + monthIndex]!)
}

async function showLastMonth(page: Page): Promise<void> {
  await page.click('[data-testid="clock-last"]')
  await page.waitForFunction(() => document.querySelector('[data-testid="clock-label"]')?.textContent?.includes('2020'))
  await page.evaluate(() => window.__shuitian!.whenIdle())
}

/** The app on 10,000 sections whose own table holds their first month only (2011-01), classes drawn. */
async function openTenThousandSections() {
  // The map's own table: the first month only, so that an import adds months.
  const firstMonth = dataset.csv.split('\n').filter((line, index) => index === 0 || line.includes(',2011-01,')).join('\n') + '\n'
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  await page.route('**/geodata/layers/sections.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(dataset.sections) }))
  await page.route('**/geodata/water/monthly.csv', (route) => route.fulfill({ contentType: 'text/csv', body: firstMonth }))
  await page.goto(app.baseUrl)
  await waitForMapReady(page, 300_000)
  await page.waitForSelector('[data-testid="import-open"]', { timeout: 120_000 })
  await page.waitForFunction(() => window.__shuitian!.map.getFeatureState({ source: 'sections', id: 'BM00001' }).waterClass !== undefined, undefined, { timeout: 120_000 })
  await page.evaluate(() => window.__shuitian!.whenIdle())
  return { page, context, consoleErrors, firstMonth }
}

describe('a 1.2 M-row monitoring table', () => {
  it('is read, merged and saved off the page, and the map shows its classes, also after a reload', async () => {
    const ids = dataset.sections.features.map((feature) => String(feature.properties?.id))
    const rows = dataset.csv.trimEnd().split('\n').length - 1
    expect(rows).toBeGreaterThan(1_100_000)
    const { page, context, consoleErrors, firstMonth } = await openTenThousandSections()

    const longTasks = await watchLongTasks(page)
    const phases = new Set<string>()
    await pickPath(page, join(folder, FILE))
    const started = Date.now()
    while (Date.now() - started < 240_000) {
      if ((await page.getAttribute(job(FILE), 'data-status')) !== 'reading') break
      const phase = await page.getAttribute(`${job(FILE)} [data-testid="import-progress"]`, 'data-phase', { timeout: 1_000 }).catch(() => null)
      if (phase) phases.add(phase)
      await page.waitForTimeout(50)
    }
    await page.waitForSelector(`${job(FILE)}[data-status="ready"]`, { timeout: 10_000 })
    const readMs = Date.now() - started
    expect(await page.textContent(`${job(FILE)} [data-testid="import-monitoring-summary"]`)).toContain(`读取 ${rows} 行，导入 ${rows} 行，跳过 0 行`)
    await page.click(`${job(FILE)} [data-testid="import-merge"]`)
    // While the merge worker works, the job says so and its kind cannot be switched under it.
    await page.waitForSelector(`${job(FILE)}[data-status="merging"] [data-testid="import-merging"]`, { timeout: 10_000 })
    expect(await page.isDisabled(`${job(FILE)} [data-testid="import-kind"]`)).toBe(true)
    await page.waitForSelector(`${job(FILE)}[data-status="committed"]`, { timeout: 240_000 })
    const mergedMs = Date.now() - started - readMs
    await page.evaluate(() => window.__shuitian!.whenIdle())
    const tasks = await longTasks()
    const longest = Math.max(0, ...tasks.map((task) => task.duration))
    const limit = longTaskLimit()
    console.info(`${rows} rows: read in ${readMs} ms, merged and saved in ${mergedMs} ms; long tasks ${describeTasks(tasks)}; longest ${longest.toFixed(0)} ms (limit here ${limit.toFixed(0)} ms, load ${loadavg()[0]?.toFixed(1)}); phases seen: ${[...phases].join(', ')}`)
    expect(phases.has('bytes')).toBe(true)
    expect(longest).toBeLessThan(limit)
    // 2011-01 was loaded already: its 10,000 section-months (less the gaps) were replaced, the rest added.
    const firstMonthRows = firstMonth.trimEnd().split('\n').length - 1
    expect(await page.textContent(`${job(FILE)} [data-testid="import-merged"]`)).toContain(`新增 ${rows - firstMonthRows} 个断面月，替换 ${firstMonthRows} 个断面月`)

    const expected = expectedClasses(ids, '2020-12')
    expect(expected.filter((value) => value > 0).length).toBeGreaterThan(9_000)
    await showLastMonth(page)
    expect(await mapClasses(page, ids)).toEqual(expected)

    // Saved as columns: a reload merges them again over the map's own table.
    await page.reload()
    await waitForMapReady(page, 300_000)
    await page.waitForFunction(() => window.__shuitian!.map.getFeatureState({ source: 'sections', id: 'BM00001' }).waterClass !== undefined, undefined, { timeout: 120_000 })
    await page.waitForFunction(() => (document.querySelector('[data-testid="clock-slider"]') as HTMLInputElement | null)?.max === '119', undefined, { timeout: 120_000 })
    await showLastMonth(page)
    expect(await mapClasses(page, ids)).toEqual(expected)
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 600_000)

  it('is refused, naming the file, when its months would make the series too large, and nothing changes', async () => {
    const { page, context, consoleErrors } = await openTenThousandSections()
    const ids = dataset.sections.features.map((feature) => String(feature.properties?.id))
    const before = await mapClasses(page, ids)
    // Two rows 120 years apart: 10,000 sections × 1,452 months = 14.5 M section-months.
    writeFileSync(join(folder, 'span.csv'), 'section_id,month,TP\nBM00001,1980-01,0.1\nBM00001,2100-12,0.1\n')
    await pickPath(page, join(folder, 'span.csv'))
    await page.waitForSelector(`${job('span.csv')}[data-status="ready"]`)
    await page.click(`${job('span.csv')} [data-testid="import-merge"]`)
    await page.waitForSelector(`${job('span.csv')}[data-status="failed"]`)
    const message = await page.textContent(`${job('span.csv')} [data-testid="import-error"]`)
    expect(message).toContain('span.csv')
    expect(message).toContain('14,520,000 个断面月（10,000 个断面 × 1452 个月，1980-01 至 2100-12），超过上限 6,000,000')
    expect(await page.getAttribute('[data-testid="clock-slider"]', 'max')).toBe('0')
    expect(await mapClasses(page, ids)).toEqual(before)
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 300_000)
})
