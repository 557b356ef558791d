/**
 * Adds the source and layers of a layer drawn from a PMTiles archive whose header was read already
 * (./add-tile-layer.ts, openTileArchive). Kept apart from the reader so that the map can add such a
 * layer without loading the pmtiles library with the app: it loads with the first archive (issue 15 §1).
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { FIRST_LABEL_LAYER } from '../basemap-style.ts'
import { tileLayers, tileSourceSpecification } from './tile-layers.ts'

export function addTileLayer(map: MapLibreMap, definition: LayerDefinition, baseUrl: string): void {
  if (!definition.tiles) throw new Error(`layer "${definition.id}" has no tiles`)
  map.addSource(definition.id, tileSourceSpecification(definition.tiles, baseUrl))
  for (const layer of tileLayers(definition)) map.addLayer(layer, FIRST_LABEL_LAYER)
}
