/**
 * The first-load budget of issue 15 §1: the JS the page loads before the first map — the entry chunk of
 * dist/index.html and every chunk it imports statically, each gzipped as served — against MapLibre's own
 * `maplibre-gl.mjs`, gzipped the same way. Read by tests/browser/bundle-budget.test.ts (CI) and by
 * `npm run size`, which prints the same figures.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundleReportPath, type BundleReport, type ReportedModule } from '../vite/bundle-report-plugin.ts'

/** At most this many times MapLibre's own bundle (issue 15 §1). */
export const FIRST_LOAD_LIMIT = 1.3

/** Same gzip level for both sides of the ratio. */
export const gzipBytes = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length

export interface FirstLoad {
  /** Chunks in load order from the entry, with their gzip size. */
  chunks: { fileName: string; gzipBytes: number }[]
  gzipBytes: number
  maplibreGzipBytes: number
  ratio: number
  /** Every module of those chunks, largest first (gzip of each on its own: ranks them, does not add up). */
  modules: (ReportedModule & { chunk: string })[]
}

/** The entry script of the built index.html (`assets/index-….js`). */
export function entryScript(distFolder: string): string {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8')
  const match = /<script type="module"[^>]*\ssrc="\.?\/?([^"]+\.js)"/.exec(html)
  if (!match?.[1]) throw new Error('dist/index.html has no module script')
  return match[1]
}

export function measureFirstLoad(root: string): FirstLoad {
  const distFolder = join(root, 'dist')
  const reportFile = bundleReportPath(root)
  if (!existsSync(reportFile)) throw new Error(`${reportFile} is missing: run \`npm run build\` first`)
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BundleReport
  const entry = entryScript(distFolder)
  const byName = new Map(report.chunks.map((chunk) => [chunk.fileName, chunk]))
  if (!byName.get(entry)?.isEntry) throw new Error(`${reportFile} does not describe dist/ (no entry ${entry}): rebuild`)
  const order: string[] = []
  const visit = (fileName: string) => {
    if (order.includes(fileName)) return
    order.push(fileName)
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported)
  }
  visit(entry)
  const chunks = order.map((fileName) => ({ fileName, gzipBytes: gzipBytes(readFileSync(join(distFolder, fileName))) }))
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
  const maplibreGzipBytes = gzipBytes(readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')))
  const modules = order
    .flatMap((fileName) => (byName.get(fileName)?.modules ?? []).map((module) => ({ ...module, chunk: fileName })))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
  return { chunks, gzipBytes: total, maplibreGzipBytes, ratio: total / maplibreGzipBytes, modules }
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Modules grouped by package (`node_modules/<name>`) or by source folder, largest first. */
export function largestGroups(modules: readonly ReportedModule[], count: number): string[] {
  const groups = new Map<string, number>()
  for (const module of modules) {
    const parts = module.id.split('/')
    const key = parts[0] === 'node_modules' ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/') : module.id
    groups.set(key, (groups.get(key) ?? 0) + module.gzipBytes)
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, bytes]) => `${kilobytes(bytes).padStart(9)}  ${key}`)
}

export function describeFirstLoad(load: FirstLoad, count = 20): string {
  return [
    `first load ${kilobytes(load.gzipBytes)} gzip = ${load.ratio.toFixed(3)} × maplibre-gl.mjs (${kilobytes(load.maplibreGzipBytes)}); limit ${FIRST_LOAD_LIMIT} × = ${kilobytes(FIRST_LOAD_LIMIT * load.maplibreGzipBytes)}`,
    'chunks:',
    ...load.chunks.map((chunk) => `${kilobytes(chunk.gzipBytes).padStart(9)}  ${chunk.fileName}`),
    `largest modules and packages (gzip of each alone):`,
    ...largestGroups(load.modules, count),
  ].join('\n')
}
