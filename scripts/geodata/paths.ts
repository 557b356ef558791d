/**
 * Where the geodata scripts read and write. Resolved from this file's own location (not the working
 * directory) so that `npx tsx scripts/geodata/build-all.ts` works from anywhere. The shared source
 * folder sits beside the repository (CI clones the repository with `shared/` next to it).
 */
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'

const scriptFolder = dirname(fileURLToPath(import.meta.url))

export const repositoryRoot = resolve(scriptFolder, '../..')
export const sourceFolder = resolve(repositoryRoot, '../shared/geodata-sources')
export const basemapFolder = resolve(repositoryRoot, 'geodata/basemap')
export const layersFolder = resolve(repositoryRoot, 'geodata/layers')

export function sourcePath(relativePath: string): string {
  return resolve(sourceFolder, relativePath)
}
export function basemapPath(fileName: string): string {
  return resolve(basemapFolder, fileName)
}
export function layerPath(fileName: string): string {
  return resolve(layersFolder, fileName)
}
