/**
 * Serves the top-level `geodata/` folder at `<base>geodata/` in dev and preview, and copies it into
 * the build. The app fetches its layers at run time (rather than bundling them) so that a missing or
 * malformed file is reported by name while the other layers still load, and so that a bureau can
 * swap the data of a deployed build without rebuilding it.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, extname, sep } from 'node:path'
import type { Plugin } from 'vite'

const SERVED_EXTENSIONS = new Set(['.geojson', '.json', '.csv', '.pmtiles', '.png', '.jpg', '.webp'])
const CONTENT_TYPES: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.pmtiles': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

export function geodataPlugin(root: string): Plugin {
  const folder = join(root, 'geodata')
  const servedFiles = () => listFiles(folder).filter((path) => SERVED_EXTENSIONS.has(extname(path)))
  return {
    name: 'shuitian-geodata',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = decodeURIComponent((request.url ?? '').split('?')[0] ?? '')
        const marker = '/geodata/'
        const at = url.indexOf(marker)
        if (at < 0) return next()
        const path = join(folder, url.slice(at + marker.length))
        if (!path.startsWith(folder + sep) || !existsSync(path) || !SERVED_EXTENSIONS.has(extname(path))) return next()
        response.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream')
        response.end(readFileSync(path))
      })
    },
    generateBundle() {
      for (const path of servedFiles()) {
        const fileName = ['geodata', ...relative(folder, path).split(sep)].join('/')
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) })
      }
    },
  }
}
