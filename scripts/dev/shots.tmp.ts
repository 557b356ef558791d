import { readFileSync } from 'node:fs'
import { startApp, openPage } from '../../tests/browser/support/browser.ts'
import { pickFile } from '../../tests/browser/support/import-centre.ts'
const app = await startApp()
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['tablet', { width: 768, height: 1024 }]] as const) {
    const { page, context, consoleErrors } = await openPage(app, '?m=2019-12', { viewport })
    await page.click('[data-testid="tour-panel-toggle"]')
    await page.waitForTimeout(800)
    await page.screenshot({ path: `/tmp/shots/tourpanel-${name}.png` })
    await page.click('[data-testid="tour-panel-toggle"]').catch(() => {})
    await page.click('[data-testid="analysis-toggle"]')
    await page.waitForTimeout(800)
    await page.screenshot({ path: `/tmp/shots/stats-${name}.png` })
    await page.click('[data-testid="analysis-toggle"]')
    await page.click('[data-testid="import-open"]').catch(async () => { await page.click('text=导入数据') })
    await pickFile(page, 'river-points.csv', readFileSync('tests/fixtures/import/' + (await import('node:fs')).readdirSync('tests/fixtures/import').find((f) => f.endsWith('.csv'))!))
    await page.waitForTimeout(2500)
    await page.screenshot({ path: `/tmp/shots/import-${name}.png` })
    console.log(name, consoleErrors)
    await context.close()
  }
} finally { await app.close() }
