/**
 * Long-session memory check (issue #8 item 5): drives the built app (dist/) in headless Chromium and
 * reads the JS heap, after a forced garbage collection, at three points:
 *   start          map ready, nothing done yet
 *   afterSteps     1,000 clock steps (ArrowRight with loop on, waiting for the map to go idle every 20)
 *   afterCards     200 section cards opened from the 断面 list and closed with the card's × button
 * and prints JSON {startMB, afterStepsMB, afterCardsMB, growthPercent, withinLimit}. The promise is
 * growth ≤ 10 % of the start. Run: `npm run build && npx tsx scripts/heap/run.ts` (exit code 1 when
 * the growth exceeds the limit). Options: --steps N, --cards N.
 */
import type { CDPSession, Page } from 'playwright-core'
import { openPage, startApp } from '../../tests/browser/support/browser.ts'

const GROWTH_LIMIT_PERCENT = 10
const IDLE_EVERY = 20
const WARM_UP_STEPS = 40
const WARM_UP_CARDS = 20

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

/** Used JS heap in MB after two full collections (one pass may leave weakly-held objects behind). */
async function heapMB(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  return Math.round((usedSize / 1024 / 1024) * 100) / 100
}

const whenIdle = (page: Page) => page.evaluate(() => window.__shuitian!.whenIdle())

async function stepClock(page: Page, steps: number): Promise<void> {
  const loop = page.locator('[data-testid="clock-loop"]')
  if (!(await loop.isChecked())) await loop.check()
  // Focus outside any input, so that ArrowRight reaches the clock's keyboard shortcut.
  await page.locator('[data-testid="clock-label"]').click()
  for (let step = 1; step <= steps; step++) {
    await page.keyboard.press('ArrowRight')
    if (step % IDLE_EVERY === 0) await whenIdle(page)
  }
  await whenIdle(page)
}

async function openAndCloseCards(page: Page, cards: number): Promise<void> {
  await page.click('[data-testid="tab-sections"]')
  const names = page.locator('[data-testid="section-list"] tbody tr .section-list__name')
  const openCard = page.locator('[data-testid="feature-card"]')
  const rows = await names.count()
  if (rows === 0) throw new Error('the 断面 list is empty: no card to open')
  for (let opened = 0; opened < cards; opened++) {
    await names.nth(opened % rows).click()
    // Locators, not page.waitForSelector: an ElementHandle it returns would keep the closed card alive
    // in DevTools (measured: ~50 KB per card), which is the test's leak, not the app's.
    await openCard.waitFor()
    await page.click('[data-testid="feature-card-close"]')
    await openCard.waitFor({ state: 'detached' })
    if ((opened + 1) % IDLE_EVERY === 0) await whenIdle(page)
  }
  await whenIdle(page)
}

const steps = option('steps', 1000)
const cards = option('cards', 200)
const app = await startApp()
let growthPercent = 0
try {
  const { page, context, consoleErrors } = await openPage(app, '?m=2018-01')
  const session = await context.newCDPSession(page)
  await whenIdle(page)
  const startMB = await heapMB(session)
  // A short warm-up separates what the engine compiles on first use (V8 code, Blink caches: seen in heap
  // snapshot diffs) from what the app keeps; the promise is still judged from the cold start.
  await stepClock(page, WARM_UP_STEPS)
  await openAndCloseCards(page, WARM_UP_CARDS)
  const warmMB = await heapMB(session)
  await stepClock(page, steps)
  const afterStepsMB = await heapMB(session)
  await openAndCloseCards(page, cards)
  const afterCardsMB = await heapMB(session)
  growthPercent = Math.round(((afterCardsMB - startMB) / startMB) * 1000) / 10
  const growthAfterWarmUpPercent = Math.round(((afterCardsMB - warmMB) / warmMB) * 1000) / 10
  const result = {
    steps,
    cards,
    startMB,
    warmMB,
    afterStepsMB,
    afterCardsMB,
    growthPercent,
    growthAfterWarmUpPercent,
    withinLimit: growthPercent <= GROWTH_LIMIT_PERCENT,
  }
  console.log(JSON.stringify(result, null, 2))
  if (consoleErrors.length > 0) console.error('console errors during the run:', consoleErrors)
  await context.close()
} finally {
  await app.close()
}
if (growthPercent > GROWTH_LIMIT_PERCENT) process.exitCode = 1
