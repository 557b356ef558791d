/**
 * Takes screenshots of the built app for a human to look at:
 *   npx tsx scripts/dev/screenshot.ts <out-prefix> [query] [--click-section FX01]
 * Writes <out-prefix>-desktop.png (1280×800) and <out-prefix>-tablet.png (768×1024), and prints
 * every off-origin request and console error it saw.
 */
import { startApp, openPage } from '../../tests/browser/support/browser.ts'

const [outPrefix = 'screenshot', query = ''] = process.argv.slice(2)
const app = await startApp()
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['tablet', { width: 768, height: 1024 }],
    ['tablet-landscape', { width: 1024, height: 768 }],
  ] as const) {
    const opened = await openPage(app, query, { viewport })
    await opened.page.evaluate(() => window.__shuitian!.whenIdle())
    await opened.page.screenshot({ path: `${outPrefix}-${name}.png` })
    console.log(name, 'off-origin:', opened.offOriginRequests, 'errors:', opened.consoleErrors)
    await opened.context.close()
  }
} finally {
  await app.close()
}
