/**
 * A .pmtiles archive opened from disk (issue #6 item 5): read in place with the File API (no upload, no
 * copy), drawn as an imported tile layer. The archive is not stored: after a reload the planner opens the
 * file again (a browser cannot keep a file handle across sessions without asking).
 */
import { useCatalogueStore } from '@/stores/catalogue.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { openLocalPmtiles } from '@/map/pmtiles/protocol.ts'
import { openTileArchive } from '@/map/pmtiles/add-tile-layer.ts'
import { rememberTileExtent } from '@/data/tile-extents.ts'
import { newLayerId } from '@/data/import/layer-id.ts'
import { nextColourAmong, singleStyle } from '@/data/import/layer-style.ts'

export function isTileArchive(fileName: string): boolean {
  return /\.pmtiles$/i.test(fileName)
}

/** Opens the archive, checks it, and adds it to the catalogue; resolves to the new layer's id. */
export async function addLocalTileLayer(file: File): Promise<string> {
  const catalogue = useCatalogueStore()
  const { url, archive } = await openLocalPmtiles(file)
  const metadata = (await archive.getMetadata()) as { vector_layers?: { id?: unknown }[] } | undefined
  const sourceLayer = metadata?.vector_layers?.map((layer) => layer.id).find((id): id is string => typeof id === 'string')
  if (!sourceLayer) throw new Error('the archive names no vector layer in its metadata (vector_layers)')
  const name = file.name.replace(/\.pmtiles$/i, '')
  const draft: LayerDefinition = {
    id: newLayerId(file.name, catalogue.definitions.map((definition) => definition.id)),
    family: 'imported',
    name: { zh: name, en: name },
    geometry: 'mixed',
    source: file.name,
    tiles: { kind: 'pmtiles', url, sourceLayer },
    style: singleStyle(nextColourAmong(catalogue.imported)),
    cardFields: [],
    visibleByDefault: true,
    sample: false,
  }
  const { bounds } = await openTileArchive(draft, document.baseURI)
  rememberTileExtent(draft.id, bounds)
  catalogue.addImported(draft, 0)
  return draft.id
}
