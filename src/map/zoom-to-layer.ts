/** Fits the map to a layer: the extent of its loaded features, or of its tile archive (src/data/tile-extents.ts). */
import type { Map as MapLibreMap } from 'maplibre-gl'
import { bbox } from '@turf/turf'
import { layerCollection } from '@/data/feature-registry.ts'
import { tileExtent } from '@/data/tile-extents.ts'

export function zoomToLayer(map: MapLibreMap, layerId: string): void {
  const collection = layerCollection(layerId)
  const extent = collection && collection.features.length > 0 ? bbox(collection) : tileExtent(layerId)
  if (!extent) return
  const [west, south, east, north] = extent
  map.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: 15 })
}
