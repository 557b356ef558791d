/** Driving the import centre as a planner does: pick a file, wait for its report, commit it. */
import type { Page } from 'playwright-core'

/** The import job of one file, by its name. */
export function importJob(fileName: string): string {
  return `[data-testid="import-job"][data-file="${fileName}"]`
}

/** Opens the import centre if needed and picks one file through its file input. */
export async function pickFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  if (!(await page.isVisible('[data-testid="import-centre"]'))) await page.click('[data-testid="import-open"]')
  await page.setInputFiles('[data-testid="import-file-input"]', { name, mimeType: 'application/octet-stream', buffer: bytes })
}

/** Picks a file, waits for its report and commits it as a layer. */
export async function importAndCommit(page: Page, name: string, bytes: Buffer, timeout = 60_000): Promise<void> {
  await pickFile(page, name, bytes)
  await page.waitForSelector(`${importJob(name)}[data-status="ready"]`, { timeout })
  await page.click(`${importJob(name)} [data-testid="import-confirm"]`)
  await page.waitForSelector(`${importJob(name)}[data-status="committed"]`, { timeout })
}
