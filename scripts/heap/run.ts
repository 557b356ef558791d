/**
 * Long-session memory check (issue #8 item 5): drives the built app (dist/) in headless Chromium and
 * reads the JS heap (Runtime.getHeapUsage after forced collections) at these points, always on the same
 * screen (the layers tab, no card open):
 *   cold        map ready, nothing done yet
 *   firstUse    after each action has been used once: one pass through every month of the clock and the
 *               card of every section in the 断面 list opened and closed once; the session's start
 *   afterSteps  1,000 clock steps (ArrowRight, Home at the last month; the map's idle awaited every 20)
 *   afterCards  200 section cards opened from the 断面 list and closed with the card's × button
 * The promise is judged from firstUse: growth ≤ 10 %. The growth from cold is printed too; the difference
 * is V8 compiling the code of the paths on first use, which a 1-step session pays as well
 * (docs/performance.md, "Long sessions", says why and shows the snapshots).
 * Run: `npm run heap` (exit code 1 when the growth exceeds the limit). Options: --steps N, --cards N.
 */
import { openPage, startApp } from '../../tests/browser/support/browser.ts'
import { PageDriver, heapMB, openAndCloseCards, stepClock, useEachActionOnce } from './scenario.ts'

const GROWTH_LIMIT_PERCENT = 10

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

const percent = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10

const steps = option('steps', 1000)
const cards = option('cards', 200)
const app = await startApp()
let growthPercent = 0
try {
  const { page, context, consoleErrors } = await openPage(app, '?m=2018-01')
  const session = await context.newCDPSession(page)
  const driver = new PageDriver(session)
  await driver.whenIdle()
  const coldMB = await heapMB(session)
  const firstUse = await useEachActionOnce(driver)
  const firstUseMB = await heapMB(session)
  await stepClock(driver, steps)
  const afterStepsMB = await heapMB(session)
  await openAndCloseCards(driver, cards)
  const afterCardsMB = await heapMB(session)
  growthPercent = percent(firstUseMB, afterCardsMB)
  const result = {
    steps,
    cards,
    firstUse,
    coldMB,
    firstUseMB,
    afterStepsMB,
    afterCardsMB,
    growthPercent,
    limitPercent: GROWTH_LIMIT_PERCENT,
    withinLimit: growthPercent <= GROWTH_LIMIT_PERCENT,
    growthFromColdPercent: percent(coldMB, afterCardsMB),
  }
  console.log(JSON.stringify(result, null, 2))
  if (consoleErrors.length > 0) {
    console.error('console errors during the run:', consoleErrors)
    process.exitCode = 1
  }
  await context.close()
} finally {
  await app.close()
}
if (growthPercent > GROWTH_LIMIT_PERCENT) process.exitCode = 1
