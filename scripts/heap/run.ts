/**
 * Long-session memory check (issue #8 item 5): drives the built app (dist/) in headless Chromium and
 * reads the JS heap, after a forced garbage collection, at three points:
 *   start          map ready, nothing done yet
 *   afterSteps     1,000 clock steps (ArrowRight, Home at the last month; the map's idle awaited every 20)
 *   afterCards     200 section cards opened from the 断面 list and closed with the card's × button
 * and prints JSON {startMB, afterStepsMB, afterCardsMB, growthPercent, withinLimit}. The promise is
 * growth ≤ 10 % of the start. Run: `npm run build && npx tsx scripts/heap/run.ts` (exit code 1 when
 * the growth exceeds the limit). Options: --steps N, --cards N.
 */
import { openPage, startApp } from '../../tests/browser/support/browser.ts'
import { PageDriver, heapMB, openAndCloseCards, stepClock } from './scenario.ts'

const GROWTH_LIMIT_PERCENT = 10
const WARM_UP_STEPS = 40
const WARM_UP_CARDS = 20

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

const steps = option('steps', 1000)
const cards = option('cards', 200)
const app = await startApp()
let growthPercent = 0
try {
  const { page, context, consoleErrors } = await openPage(app, '?m=2018-01')
  const session = await context.newCDPSession(page)
  const driver = new PageDriver(session)
  await driver.whenIdle()
  const startMB = await heapMB(session)
  // A short warm-up separates what the engine compiles on first use (V8 code, Blink caches: seen in heap
  // snapshot diffs) from what the app keeps; the promise is still judged from the cold start.
  await stepClock(driver, WARM_UP_STEPS)
  await openAndCloseCards(driver, WARM_UP_CARDS)
  const warmMB = await heapMB(session)
  await stepClock(driver, steps)
  const afterStepsMB = await heapMB(session)
  await openAndCloseCards(driver, cards)
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
