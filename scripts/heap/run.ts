/**
 * Long-session memory check (issue #8 item 5): drives the built app (dist/) in headless Chromium and
 * reads the JS heap (Runtime.getHeapUsage after forced collections) at these points, always on the same
 * screen (the layers tab, no card open):
 *   cold        map ready, nothing done yet
 *   firstUse    after each action has been used once: one pass through every month of the clock and the
 *               card of every section in the 断面 list opened and closed once; the session's start
 *   afterSteps  1,000 clock steps (ArrowRight, Home at the last month; the map's idle awaited every 20)
 *   afterCards  200 section cards opened from the 断面 list and closed with the card's × button
 * Two gates, each ≤ 10 %:
 *   growthPercent          the JS heap from firstUse to the end (the growth from cold is printed too; the
 *                          difference is V8 compiling the code of the paths on first use, which a 1-step
 *                          session pays as well: docs/performance.md, "Long sessions")
 *   keptGrowthFromColdPercent  the V8 objects the app keeps (no compiled code), from cold to the end, read
 *                          from heap snapshots, as a share of the cold heap: so that something kept once per
 *                          month or per card cannot hide in the first-use baseline
 * Run: `npm run heap` (exit code 1 when the growth exceeds the limit). Options: --steps N, --cards N.
 */
import { openPage, startApp } from '../../tests/browser/support/browser.ts'
import { PageDriver, heapMB, openAndCloseCards, stepClock, useEachActionOnce } from './scenario.ts'
import { HeapGraph, takeSnapshot } from './heap-graph.ts'

const GROWTH_LIMIT_PERCENT = 10

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

const percent = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10

const steps = option('steps', 1000)
const cards = option('cards', 200)
const started = Date.now()
/** Progress on stderr, so that a slow or stuck phase is named (stdout carries the JSON result). */
const progress = (phase: string) => console.error(`[heap ${((Date.now() - started) / 1000).toFixed(0)} s] ${phase}`)
const app = await startApp()
let growthPercent = 0
let keptGrowthFromColdPercent = 0
/** Megabytes of app-kept V8 objects in a snapshot of the page now (the snapshot's text is dropped after). */
async function keptMB(session: Parameters<typeof takeSnapshot>[0]): Promise<number> {
  return Math.round((new HeapGraph(await takeSnapshot(session)).appObjectBytes() / 1024 / 1024) * 100) / 100
}
try {
  const { page, context, consoleErrors } = await openPage(app, '?m=2018-01')
  const session = await context.newCDPSession(page)
  const driver = new PageDriver(session)
  await driver.whenIdle()
  const coldMB = await heapMB(session)
  // After the cold reading: a snapshot turns on the heap profiler, which keeps its ids outside the JS heap.
  const coldKeptMB = await keptMB(session)
  progress(`cold ${coldMB} MB; using each action once`)
  const firstUse = await useEachActionOnce(driver)
  const firstUseMB = await heapMB(session)
  progress(`first use ${firstUseMB} MB; ${steps} clock steps`)
  await stepClock(driver, steps)
  const afterStepsMB = await heapMB(session)
  progress(`after steps ${afterStepsMB} MB; ${cards} cards`)
  await openAndCloseCards(driver, cards)
  const afterCardsMB = await heapMB(session)
  const endKeptMB = await keptMB(session)
  growthPercent = percent(firstUseMB, afterCardsMB)
  keptGrowthFromColdPercent = Math.round(((endKeptMB - coldKeptMB) / coldMB) * 1000) / 10
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
    growthFromColdPercent: percent(coldMB, afterCardsMB),
    appObjects: { coldMB: coldKeptMB, endMB: endKeptMB },
    keptGrowthFromColdPercent,
    withinLimit: growthPercent <= GROWTH_LIMIT_PERCENT && keptGrowthFromColdPercent <= GROWTH_LIMIT_PERCENT,
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
if (growthPercent > GROWTH_LIMIT_PERCENT || keptGrowthFromColdPercent > GROWTH_LIMIT_PERCENT) process.exitCode = 1
