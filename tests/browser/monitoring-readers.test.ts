/**
 * Issue 15 §2/§3: the monitoring table is read in the monitoring worker (series.worker), by the plain
 * reader straight into the series' columns, or, for a table in any other form, by the general reader
 * (header words, date forms, problem texts). Both must give the card the class the engine computes, and
 * the page itself never loads a table reader: the worker does the reading. The same for a monitoring
 * service named in the catalogue (issue #17 §3): its rows are read in the monitoring service worker.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import type { Page } from 'playwright-core'
import { expectedClasses } from './support/water-truth.ts'
import { pageChunksHolding } from './support/page-chunks.ts'
import { readSeriesText } from '../../src/data/monitoring/read-series.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const shipped = readFileSync(`${projectRoot}geodata/water/monthly.csv`, 'utf8')
/** The same rows with months written '2018/1' (a form only the general reader takes). */
const slashMonths = shipped.replace(/^([^,\n]+),(\d{4})-(\d{2}),/gm, (_, id: string, year: string, month: string) => `${id},${year}/${Number(month)},`)
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ']
const MONITORING_WORKER = /\/assets\/series\.worker-[^/]*\.js$/
const PAGE_READER = /\/assets\/read-series-[^/]*\.js$/
const SERVICE_WORKER = /\/assets\/service-series\.worker-[^/]*\.js$/
/**
 * The shipped rows as an OGC API collection in two pages (the first links to `?page=2`): one feature per
 * section and month, values as text, as the stack's MapServer answers.
 */
function shippedAsCollection(): { first: string; second: string; half: number; total: number } {
  const [header, ...lines] = shipped.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
  const keys = header!.split(',')
  const features = lines.map((line, index) => {
    const cells = line.split(',')
    return { type: 'Feature', id: String(index + 1), geometry: null, properties: Object.fromEntries(keys.map((key, column) => [key, cells[column] ?? ''])) }
  })
  const half = Math.ceil(features.length / 2)
  const page = (part: typeof features, links: object[]) => JSON.stringify({ type: 'FeatureCollection', numberMatched: features.length, links, features: part })
  return { first: page(features.slice(0, half), [{ rel: 'next', href: 'items?page=2' }]), second: page(features.slice(half), []), half, total: features.length }
}

let app: TestApp
const truth = expectedClasses()

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/**
 * Opens a section's card at a month with the table served as `table`; returns the class shown and the
 * paths fetched. `prepare` adds routes before the app opens; `inspect` looks at the page before it closes.
 */
async function cardClass(
  table: string,
  sectionId: string,
  month: string,
  prepare?: (page: Page) => Promise<void>,
  inspect?: (page: Page) => Promise<void>,
): Promise<{ shown: string; scripts: string[] }> {
  // Service workers blocked: the table must come from the route, not from a cache.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      scripts.push(new URL(request.url()).pathname)
    })
    await page.route('**/geodata/water/monthly.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: table }))
    await prepare?.(page)
    await page.goto(`${app.baseUrl}?m=${month}&sel=sections:${sectionId}`)
    await waitForMapReady(page)
    await expect.poll(() => page.textContent('[data-testid="section-class"]'), { timeout: 30_000 }).toMatch(/类/)
    await inspect?.(page)
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

  it('asks for the table while the sections are still on their way (first idle, issue 15 §4), and reads it once they come', async () => {
    let tableAskedWhileSectionsHeld = false
    const { shown } = await cardClass(shipped, sectionId, month, async (page) => {
      const tableAsked = new Promise<void>((resolve) => {
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.endsWith('/geodata/water/monthly.csv')) resolve()
        })
      })
      // The sections' layer is held back until the table is asked for (or 20 s pass, and the test fails).
      await page.route('**/geodata/layers/sections.geojson', async (route) => {
        tableAskedWhileSectionsHeld = await Promise.race([tableAsked.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000))])
        await route.continue()
      })
    })
    expect(tableAskedWhileSectionsHeld).toBe(true)
    expect(shown).toContain(expected)
  })

  it('says under the layers which rows of the shipped table have problems: listed up to 50, all counted', async () => {
    // Total phosphorus unreadable in the first 400 rows, except those of the section the card shows.
    const lines = shipped.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/)
    const tp = lines[0]!.split(',').indexOf('TP')
    const table =
      lines
        .map((line, index) => {
          const cells = line.split(',')
          if (index === 0 || index > 400 || cells[0] === sectionId) return line
          cells[tp] = '不详'
          return cells.join(',')
        })
        .join('\n') + '\n'
    // The count the engine's reader gives, in Node (more than the 100 the worker sends the page).
    const sections = JSON.parse(readFileSync(`${projectRoot}geodata/layers/sections.geojson`, 'utf8')) as { features: { id?: unknown; properties: { id: unknown } }[] }
    const count = readSeriesText(table, sections.features.map((feature) => String(feature.id ?? feature.properties.id))).problemCount
    expect(count).toBeGreaterThan(100)
    let notice = ''
    let listed = 0
    let more = ''
    const { shown } = await cardClass(table, sectionId, month, undefined, async (page) => {
      await page.waitForSelector('[data-testid="monitoring-problems"]', { timeout: 30_000 })
      notice = (await page.textContent('[data-testid="monitoring-source"]')) ?? ''
      listed = await page.locator('[data-testid="monitoring-problems"] li').count()
      more = (await page.textContent('[data-testid="monitoring-problems-more"]')) ?? ''
    })
    // The classes are those of the good rows, as before.
    expect(shown).toContain(expected)
    expect(notice).toContain('geodata/water/monthly.csv')
    expect(notice).toContain(`${count} 条数据问题`)
    // 50 listed, then one line for the rest.
    expect(listed).toBe(51)
    expect(more).toContain(`另有 ${count - 50} 条未列出`)
  })

  it('reads a table in another form through the general reader, to the same classes', async () => {
    expect(slashMonths).not.toBe(shipped)
    const { shown, scripts } = await cardClass(slashMonths, sectionId, month)
    expect(shown).toContain(expected)
    expect(scripts.some((path) => MONITORING_WORKER.test(path))).toBe(true)
    expect(scripts.some((path) => PAGE_READER.test(path))).toBe(false)
  })

  it('reads a monitoring service’s rows in the service worker to the same classes, with its progress; the page loads none of its readers', async () => {
    const readers = pageChunksHolding('src/data/monitoring/service-rows.ts')
    // The page's own copy exists (for a browser without workers): the check below can see it.
    expect(readers.length).toBeGreaterThan(0)
    const collection = shippedAsCollection()
    let progressShown = ''
    const { shown, scripts } = await cardClass('section_id,month,TP\n', sectionId, month, async (page) => {
      const catalogue = { layers: [], monitoring: { kind: 'ogc-features', url: 'service/collections/monitoring' } }
      await page.route('**/geodata/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(catalogue) }))
      await page.route('**/service/collections/monitoring/items**', async (route) => {
        const second = new URL(route.request().url()).searchParams.get('page') === '2'
        // The second page waits until the page shows the first page's progress, posted by the worker.
        if (second) {
          const progress = '[data-testid="monitoring-progress"]'
          await page.waitForSelector(`${progress}:has-text("${collection.half} / ${collection.total}")`, { timeout: 30_000 }).catch(() => {})
          progressShown = (await page.textContent(progress).catch(() => null)) ?? ''
        }
        await route.fulfill({ contentType: 'application/geo+json', body: second ? collection.second : collection.first })
      })
    })
    expect(shown).toContain(expected)
    expect(progressShown).toContain(`已读取 ${collection.half} / ${collection.total} 行`)
    expect(scripts.filter((path) => path.endsWith('/service/collections/monitoring/items'))).toHaveLength(2)
    expect(scripts.filter((path) => path.endsWith('/geodata/water/monthly.csv'))).toEqual([])
    expect(scripts.some((path) => SERVICE_WORKER.test(path))).toBe(true)
    expect(scripts.filter((path) => readers.some((chunk) => path.endsWith(chunk)))).toEqual([])
  })
})
