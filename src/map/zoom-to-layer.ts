/** Fits the map to the extent of a loaded layer's features. */
import type { Map as MapLibreMap } from 'maplibre-gl'
import { bbox } from '@turf/turf'
import { layerCollection } from '@/data/feature-registry.ts'

export function zoomToLayer(map: MapLibreMap, layerId: string): void {
  const collection = layerCollection(layerId)
  if (!collection || collection.features.length === 0) return
  const [west, south, east, north] = bbox(collection)
  map.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: 15 })
}
