/**
 * Properties of clicked features of vector-tile layers (PMTiles). Tile features are never all in memory
 * — that is the point of tiles — so the feature registry cannot hold them; the map remembers the ones
 * the user clicks, and the card reads them from here. Plain Maps, not reactive, like the registry.
 * Bounded: only the most recent clicks are kept.
 */
import type { Feature, Geometry, GeoJsonProperties } from 'geojson'

const LIMIT = 200
const remembered = new Map<string, Feature>()

const keyOf = (layerId: string, featureId: string) => `${layerId}\u0000${featureId}`

/**
 * `geometry` is what the tile holds (possibly cut at the tile's edge); without one the feature gets an
 * empty GeometryCollection, so nothing pretends to know a shape it does not.
 */
export function rememberTileFeature(layerId: string, featureId: string, properties: GeoJsonProperties, geometry?: Geometry): Feature {
  const key = keyOf(layerId, featureId)
  remembered.delete(key) // re-insert so the Map's order is least recently clicked first
  const feature: Feature = {
    type: 'Feature',
    id: featureId,
    geometry: geometry ?? { type: 'GeometryCollection', geometries: [] },
    properties: { ...properties },
  }
  remembered.set(key, feature)
  if (remembered.size > LIMIT) remembered.delete(remembered.keys().next().value!)
  return feature
}

export function tileFeature(layerId: string, featureId: string): Feature | undefined {
  return remembered.get(keyOf(layerId, featureId))
}

export function forgetTileFeatures(layerId: string): void {
  for (const key of [...remembered.keys()]) if (key.startsWith(`${layerId}\u0000`)) remembered.delete(key)
}
