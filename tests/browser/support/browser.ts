/**
 * Browser-test harness: serves the *built* app (dist/) with Vite's preview server on a free port and
 * drives Debian's Chromium through playwright-core with software WebGL (see shared toolchain guide).
 * A missing Chromium is always an error, never a skip: CI must not pass without running these tests.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
]

export interface TestApp {
  baseUrl: string
  browser: Browser
  close(): Promise<void>
}

/** Serves the built app: `dist/` (what `npm run build` wrote), or another build's folder (`outDir`). */
export async function startApp(options: { outDir?: string } = {}): Promise<TestApp> {
  const outDir = options.outDir ?? `${projectRoot}dist`
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir} is missing: run \`npm run build\` before the browser tests (npm test does it).`)
  }
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with "apt-get install -y chromium" or set CHROME_PATH.`)
  }
  const server: PreviewServer = await preview({
    root: projectRoot,
    configFile: `${projectRoot}vite.config.ts`,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'silent',
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  const baseUrl = `http://127.0.0.1:${address.port}/`
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close()
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    },
  }
}

export interface OpenedPage {
  context: BrowserContext
  page: Page
  /** Every request the page made to another origin than the app's (must stay empty offline). */
  offOriginRequests: string[]
  consoleErrors: string[]
}

export async function openPage(
  app: TestApp,
  path = '',
  options: { viewport?: { width: number; height: number }; waitForReady?: boolean } = {},
): Promise<OpenedPage> {
  const context = await app.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } })
  const page = await context.newPage()
  const offOriginRequests: string[] = []
  const consoleErrors: string[] = []
  const origin = new URL(app.baseUrl).origin
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) offOriginRequests.push(url)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(String(error)))
  await page.goto(app.baseUrl + path)
  if (options.waitForReady !== false) await waitForMapReady(page)
  return { context, page, offOriginRequests, consoleErrors }
}

export async function waitForMapReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-state="ready"], [data-testid="map"][data-state="error"]', { timeout })
  const state = await page.getAttribute('[data-testid="map"]', 'data-state')
  if (state !== 'ready') {
    const message = await page.textContent('[data-testid="map-error"]').catch(() => null)
    throw new Error(`map reached state "${state}": ${message ?? 'no message'}`)
  }
  // The pollution-source family joins after the first map (issue 16 §4): start every test with it settled,
  // so that the layer list and the map do not change under a test.
  await page.waitForSelector('[data-testid="map"][data-deferred="settled"]', { timeout })
}

/** Waits until the map has no pending work (its next `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
}
