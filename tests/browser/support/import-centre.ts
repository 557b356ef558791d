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

/** Picks a file, waits for its report and commits it as a layer; resolves to the layer's id. */
export async function importAndCommit(page: Page, name: string, bytes: Buffer, timeout = 60_000): Promise<string> {
  await pickFile(page, name, bytes)
  await page.waitForSelector(`${importJob(name)}[data-status="ready"]`, { timeout })
  await page.click(`${importJob(name)} [data-testid="import-confirm"]`)
  await page.waitForSelector(`${importJob(name)}[data-status="committed"]`, { timeout })
  return importedLayerId(page, name)
}

/**
 * The layer id the import centre gave a file's preview or committed layer. Ids are unique across tabs and
 * visits (time + random, src/data/import/layer-id.ts), so tests read them rather than guess them.
 */
export async function importedLayerId(page: Page, fileName: string): Promise<string> {
  const id = await page.getAttribute(`${importJob(fileName)}[data-layer]`, 'data-layer')
  if (!id) throw new Error(`no layer for the import of ${fileName}`)
  return id
}

/** Picks a file from disk (playwright refuses buffers over 50 MB, and big buffers are slow over CDP). */
export async function pickPath(page: Page, path: string): Promise<void> {
  if (!(await page.isVisible('[data-testid="import-centre"]'))) await page.click('[data-testid="import-open"]')
  await page.setInputFiles('[data-testid="import-file-input"]', path, { timeout: 120_000 })
}
