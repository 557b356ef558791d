/**
 * Writes what the page loads before the first map (the entry chunk and every chunk it imports statically)
 * and the modules inside, each with its minified size and its gzip size on its own, to
 * `.vite/bundle-report.json` (outside dist/, so it is neither served nor precached). The first-load budget
 * test (tests/browser/bundle-budget.test.ts) reads it to name the largest modules when the budget is broken;
 * the budget itself is measured on the files in dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
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

export const bundleReportPath = (root: string) => join(root, '.vite', 'bundle-report.json')

export function bundleReportPlugin(root: string): Plugin {
  return {
    name: 'shuitian-bundle-report',
    apply: 'build',
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
      const path = bundleReportPath(root)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, JSON.stringify({ chunks } satisfies BundleReport, null, 1))
    },
  }
}
