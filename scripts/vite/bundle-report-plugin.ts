/**
 * Writes what the page loads before the first map (the entry chunk and every chunk it imports statically)
 * and the modules inside, each with its minified size and its gzip size on its own, to
 * `.vite/bundle-report.<output folder>.json` (outside dist/, so it is neither served nor precached). The first-load budget
 * test (tests/browser/bundle-budget.test.ts) reads it to name the largest modules when the budget is broken;
 * the budget itself is measured on the files in dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

export interface ReportedModule {
  /** Path relative to the project, `node_modules/<package>/…` for dependencies. */
  id: string
  bytes: number
  gzipBytes: number
}

export interface ReportedChunk {
  fileName: string
  isEntry: boolean
  /** Chunks this one imports statically (they load before it runs). */
  imports: string[]
  dynamicImports: string[]
  modules: ReportedModule[]
}

export interface BundleReport {
  chunks: ReportedChunk[]
}

/**
 * One report per output folder: a second build into another folder (the online-basemap test builds into
 * tests/browser/artifacts/dist-online) must not overwrite the report of dist/.
 */
export const bundleReportPath = (root: string, outDir = join(root, 'dist')) => {
  const folder = relative(root, resolve(root, outDir)).replace(/[^A-Za-z0-9_-]+/g, '-')
  return join(root, '.vite', `bundle-report.${folder}.json`)
}

export function bundleReportPlugin(root: string): Plugin {
  let outDir = join(root, 'dist')
  return {
    name: 'shuitian-bundle-report',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    generateBundle(_options, bundle) {
      const chunks: ReportedChunk[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const modules = Object.entries(output.modules)
          .map(([id, module]) => {
            const code = module.code ?? ''
            return { id: relative(root, id.replace(/^\0/, '')), bytes: Buffer.byteLength(code), gzipBytes: code ? gzipSync(code, { level: 9 }).length : 0 }
          })
          .filter((module) => module.bytes > 0)
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
        chunks.push({ fileName: output.fileName, isEntry: output.isEntry, imports: output.imports, dynamicImports: output.dynamicImports, modules })
      }
      const path = bundleReportPath(root, outDir)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, JSON.stringify({ chunks } satisfies BundleReport, null, 1))
    },
  }
}
