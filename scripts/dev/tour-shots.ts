/**
 * Screenshots of the tour presenter for a human to look at (a copy of screenshot.ts that waits for
 * the stop to be shown):
 *   npx tsx scripts/dev/tour-shots.ts <out-prefix> [query] [--briefing]
 * Writes <out-prefix>-projector.png (1920×1080), -desktop (1280×800) and -tablet (768×1024); with
 * --briefing, opens the tours panel instead and writes <out-prefix>-briefing.png of the first page.
 */
import { startApp, openPage } from '../../tests/browser/support/browser.ts'

const args = process.argv.slice(2)
const briefing = args.includes('--briefing')
const [outPrefix = 'tour', query = '?tour=2019-inspection&stop=1'] = args.filter((arg) => !arg.startsWith('--'))
const app = await startApp()
try {
  const viewports = briefing
    ? ([['briefing', { width: 1280, height: 800 }]] as const)
    : ([
        ['projector', { width: 1920, height: 1080 }],
        ['desktop', { width: 1280, height: 800 }],
        ['tablet', { width: 768, height: 1024 }],
      ] as const)
  for (const [name, viewport] of viewports) {
    const opened = await openPage(app, briefing ? '' : query, { viewport })
    const { page } = opened
    if (briefing) {
      await page.click('[data-testid="tour-panel-toggle"]')
      await page.click('[data-testid="tour-open-2019-inspection"]')
      await page.click('[data-testid="tour-make-briefing"]')
      await page.waitForSelector('[data-testid="tour-briefing"]', { timeout: 180_000 })
    } else if (query.includes('tour=')) {
      await page.waitForSelector('[data-testid="tour-presenter"][data-state="ready"]', { timeout: 60_000 })
    }
    await page.evaluate(() => window.__shuitian!.whenIdle())
    await page.screenshot({ path: `${outPrefix}-${name}.png` })
    console.log(name, 'off-origin:', opened.offOriginRequests, 'errors:', opened.consoleErrors)
    await opened.context.close()
  }
} finally {
  await app.close()
}
