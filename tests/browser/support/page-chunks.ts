/**
 * Which of the page's chunks hold a module, from the module list the build wrote (.vite/bundle-report.*.json,
 * scripts/vite/bundle-report-plugin.ts). Workers are built apart and are not in it: a module listed here
 * is code the page itself would run. For tests that check the page never fetched a reader.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bundleReportPath, type BundleReport } from '../../../scripts/vite/bundle-report-plugin.ts'

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** `/assets/…` paths of the page's chunks that hold `moduleId` (relative to the project, e.g. `src/data/x.ts`). */
export function pageChunksHolding(moduleId: string): string[] {
  const report = JSON.parse(readFileSync(bundleReportPath(projectRoot), 'utf8')) as BundleReport
  return report.chunks.filter((chunk) => chunk.modules.some((module) => module.id === moduleId)).map((chunk) => `/${chunk.fileName}`)
}
