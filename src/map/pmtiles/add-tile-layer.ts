/**
 * Adds a catalogue layer drawn from a PMTiles archive. The archive's header is read first (one range
 * request of 16 KiB, cached for the map's own tile requests) so a missing or wrong file is reported by
 * name like any other layer file, instead of failing silently tile by tile.
 */
import { TileType, type Header } from 'pmtiles'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { LayerLoadError, type LoadFailure } from '@/data/load-layer.ts'
import { pmtilesArchive } from './protocol.ts'

export { addTileLayer } from './add-tile-source.ts'

export interface TileArchiveInfo {
  minZoom: number
  maxZoom: number
  /** [west, south, east, north] in degrees, from the header: what "zoom to layer" can use. */
  bounds: [number, number, number, number]
  /** Inner layers named in the archive's metadata (empty when it has none). */
  sourceLayers: string[]
}

function failureOf(file: string, error: unknown): LoadFailure {
  const detail = error instanceof Error ? error.message : String(error)
  if (/Bad response code: 404/.test(detail)) return { file, kind: 'missing', detail }
  if (/Bad response code|content-length/i.test(detail)) return { file, kind: 'http', detail }
  return { file, kind: 'unreachable', detail }
}

/** Reads the header and metadata; rejects with a LayerLoadError naming the file when it cannot be used. */
export async function openTileArchive(definition: LayerDefinition, baseUrl: string): Promise<TileArchiveInfo> {
  const tiles = definition.tiles
  if (!tiles) throw new Error(`layer "${definition.id}" has no tiles`)
  const archive = pmtilesArchive(new URL(tiles.url, baseUrl).href)
  let header: Header
  let metadata: unknown
  try {
    header = await archive.getHeader()
    metadata = await archive.getMetadata()
  } catch (error) {
    throw new LayerLoadError(failureOf(tiles.url, error))
  }
  const sourceLayers = ((metadata as { vector_layers?: { id?: unknown }[] })?.vector_layers ?? []).map((layer) => String(layer.id))
  const problem =
    header.tileType !== TileType.Mvt
      ? `holds tile type ${header.tileType}, not MVT vector tiles (1)`
      : sourceLayers.length > 0 && !sourceLayers.includes(tiles.sourceLayer)
        ? `has no layer "${tiles.sourceLayer}" (it has: ${sourceLayers.join(', ')})`
        : null
  if (problem) throw new LayerLoadError({ file: tiles.url, kind: 'unreachable', detail: `PMTiles archive ${problem}` })
  return { minZoom: header.minZoom, maxZoom: header.maxZoom, bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat], sourceLayers }
}
