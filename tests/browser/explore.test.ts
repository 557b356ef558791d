/** Issue #2 in the built app: the offline district map, the four layer families, cards and bad files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, waitForMapReady, type TestApp } from './support/browser.ts'
import { seriousViolations } from './support/axe.ts'
import { countColourPixels, jumpTo, pagePositionOf, pointOf, readLayerFile, renderedIds } from './support/map-probe.ts'

const GREENWAY_LAYERS = ['greenways-fill', 'greenways-outline', 'greenways-line', 'greenways-circle']
let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('explore map', () => {
  it('reaches ready with every layer loaded and makes no request outside its origin', async () => {
    const { page, context, offOriginRequests } = await openPage(app)
    for (const id of ['sections', 'remediation-plots', 'soil-parcels', 'greenways']) {
      await expect(page.getAttribute(`[data-testid="layer-${id}"]`, 'data-status')).resolves.toBe('ready')
    }
    expect(await page.textContent('[data-testid="layer-count-sections"]')).toContain('45')
    expect(await page.textContent('[data-testid="sample-badge"]')).toContain('示例数据')
    expect(offOriginRequests).toEqual([])
    await context.close()
  })

  it('draws the greenway colour and removes greenways when their layer is switched off', async () => {
    const { page, context } = await openPage(app)
    const [greenwayPixelsBefore] = await countColourPixels(page, ['#2e7d32'], 10)
    expect(greenwayPixelsBefore).toBeGreaterThan(50)
    expect((await renderedIds(page, GREENWAY_LAYERS)).length).toBeGreaterThan(0)

    await page.click('[data-testid="layer-toggle-greenways"]')
    expect(await renderedIds(page, GREENWAY_LAYERS)).toEqual([])
    const [greenwayPixelsAfter] = await countColourPixels(page, ['#2e7d32'], 10)
    expect(greenwayPixelsAfter).toBeLessThan(greenwayPixelsBefore! / 10)
    await context.close()
  })

  it('opens the card of a section when it is clicked', async () => {
    const { page, context } = await openPage(app)
    const position = pointOf(readLayerFile('sections'), 'FX01')
    await jumpTo(page, position, 13)
    const target = await pagePositionOf(page, position)
    await page.mouse.click(target.x, target.y)
    await page.waitForSelector('[data-testid="feature-card"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe('金汇港-钱桥')
    expect(await page.textContent('[data-testid="feature-card"] [data-field="level"]')).toBe('国考')
    await page.click('[data-testid="feature-card-close"]')
    expect(await page.$('[data-testid="feature-card"]')).toBeNull()
    await context.close()
  })

  it('opens a section card at its full width, so that its × does not move when the charts arrive', async () => {
    const { page, context } = await openPage(app)
    // The card's width in the frame it is inserted (a MutationObserver runs before the first paint).
    await page.evaluate(`new MutationObserver((_, observer) => {
      const card = document.querySelector('[data-testid="feature-card"]')
      if (!card) return
      window.__firstCardWidth = card.getBoundingClientRect().width
      observer.disconnect()
    }).observe(document.body, { childList: true, subtree: true })`)
    await page.click('[data-testid="tab-sections"]')
    await page.click('[data-testid="section-list"] tbody tr .section-list__name')
    await page.waitForSelector('[data-testid="feature-card"] [data-testid="indicator-chart"]')
    const firstWidth = (await page.evaluate('window.__firstCardWidth')) as number
    const settledWidth = await page.$eval('[data-testid="feature-card"]', (card) => card.getBoundingClientRect().width)
    expect(settledWidth).toBeGreaterThan(300)
    expect(firstWidth).toBe(settledWidth)
    await context.close()
  })

  it('switches to English and remembers the choice after a reload', async () => {
    // Opened from a link that names Chinese: the address outranks the remembered choice, so the switch must
    // reach the address before a reload, however soon it comes.
    const { page, context } = await openPage(app, '?lang=zh')
    await page.click('[data-testid="locale-switch"]')
    expect(await page.textContent('h1')).toContain('Shuitian')
    await page.reload()
    await waitForMapReady(page)
    expect(await page.textContent('h1')).toContain('Shuitian')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    // Opened again without a link, the page remembers the choice on its own (stored in the browser).
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    expect(await page.textContent('h1')).toContain('Shuitian')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await context.close()
  })

  it('is usable on a portrait tablet: the map is ready and the layer panel opens over it', async () => {
    const { page, context } = await openPage(app, '', { viewport: { width: 768, height: 1024 } })
    expect(await page.isVisible('[data-testid="layer-panel"]')).toBe(false)
    // The panel's legend is out of sight, so the class key is on the map: Ⅰ…劣Ⅴ and no data, named for screen readers.
    const key = page.locator('.explore__legend')
    expect(await key.isVisible()).toBe(true)
    expect(await key.locator('li > [aria-hidden="true"]').allInnerTexts()).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ', '—'])
    expect(await key.textContent()).toContain('劣Ⅴ类')
    expect(await seriousViolations(page)).toEqual([])
    await page.click('[data-testid="panel-toggle"]')
    expect(await page.isVisible('[data-testid="layer-panel"]')).toBe(true)
    expect(await key.count()).toBe(0)
    // With the sections switched off there is nothing for the key to explain.
    await page.click('[data-testid="layer-toggle-sections"]')
    await page.click('[data-testid="panel-toggle"]')
    expect(await key.count()).toBe(0)
    await context.close()
  })
})

describe('bad layer files', () => {
  it('names a malformed file and still loads the other layers', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/layers/soil-parcels.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[' }),
    )
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    const message = await page.textContent('[data-testid="layer-error-soil-parcels"]')
    expect(message).toContain('geodata/layers/soil-parcels.geojson')
    expect(message).toContain('JSON')
    expect(await page.getAttribute('[data-testid="layer-sections"]', 'data-status')).toBe('ready')
    expect(await page.getAttribute('[data-testid="layer-greenways"]', 'data-status')).toBe('ready')
    await context.close()
  })

  it('names a missing file', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/layers/greenways.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }))
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    const message = await page.textContent('[data-testid="layer-error-greenways"]')
    expect(message).toContain('geodata/layers/greenways.geojson')
    expect(message).toContain('文件不存在')
    await context.close()
  })

  it('shows markup in a feature name as literal text and never runs it', async () => {
    const sections = readLayerFile('sections')
    const payload = '<img src=x onerror="window.__injected=1">'
    sections.features[0]!.properties!.name = payload
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.route('**/geodata/layers/sections.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(sections) }),
    )
    await page.goto(app.baseUrl)
    await waitForMapReady(page)
    const position = pointOf(sections, String(sections.features[0]!.properties!.id))
    await jumpTo(page, position, 13)
    const target = await pagePositionOf(page, position)
    await page.mouse.click(target.x, target.y)
    await page.waitForSelector('[data-testid="feature-card"]')
    expect(await page.textContent('[data-testid="feature-card-name"]')).toBe(payload)
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined()
    expect(await page.$('[data-testid="feature-card"] img')).toBeNull()
    await context.close()
  })
})

describe('without WebGL', () => {
  it('says so on the map instead of showing an empty map', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    // A browser (or a locked-down intranet PC) that gives no WebGL context.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
    await page.goto(app.baseUrl)
    await page.waitForSelector('[data-testid="map"][data-state="error"]')
    expect(await page.textContent('[data-testid="map-error"]')).toContain('WebGL')
    await context.close()
  })
})
