/**
 * The loaded features of every layer, kept OUT of Vue reactivity on purpose: thousands of features as
 * deep reactive proxies would slow every access and the map never needs them reactive. Stores hold only
 * ids, counts and statuses; components read features from here when a store says they changed.
 */
import type { Feature, FeatureCollection } from 'geojson'

const collections = new Map<string, FeatureCollection>()
const byId = new Map<string, Map<string, Feature>>()

export function registerLayerFeatures(layerId: string, collection: FeatureCollection): void {
  collections.set(layerId, collection)
  byId.set(layerId, new Map(collection.features.map((feature) => [String(feature.id ?? feature.properties?.id), feature])))
}

export function layerFeatures(layerId: string): readonly Feature[] {
  return collections.get(layerId)?.features ?? []
}

export function layerCollection(layerId: string): FeatureCollection | undefined {
  return collections.get(layerId)
}

export function featureById(layerId: string, featureId: string): Feature | undefined {
  return byId.get(layerId)?.get(featureId)
}

export function forgetLayerFeatures(layerId: string): void {
  collections.delete(layerId)
  byId.delete(layerId)
}
