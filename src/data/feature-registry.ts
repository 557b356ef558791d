/**
 * The loaded features of every layer, kept OUT of Vue reactivity on purpose: thousands of features as
 * deep reactive proxies would slow every access and the map never needs them reactive. Stores hold only
 * ids, counts and statuses; components read features from here when a store says they changed.
 */
import type { Feature, FeatureCollection } from 'geojson'

const collections = new Map<string, FeatureCollection>()
const byId = new Map<string, Map<string, Feature>>()
/** Blob URLs of GeoJSON text made by the import worker: MapLibre's worker reads them, not the page. */
const sourceUrls = new Map<string, string>()
/** The same texts, kept to be saved as they are (persistence: a Blob is not copied on the page). */
const sourceTexts = new Map<string, Blob>()

export function registerLayerFeatures(layerId: string, collection: FeatureCollection): void {
  collections.set(layerId, collection)
  // The id index is built on the first look-up: a 200,000-feature import must not pay for it at once.
  byId.delete(layerId)
}

/** Registers GeoJSON text for the map source of a layer (an import), given to MapLibre as a blob URL. */
export function registerLayerSourceText(layerId: string, json: Blob): void {
  const previous = sourceUrls.get(layerId)
  if (previous) URL.revokeObjectURL(previous)
  sourceUrls.set(layerId, URL.createObjectURL(json))
  sourceTexts.set(layerId, json)
}

/** The GeoJSON text of a layer's features, when it has one (an import). */
export function layerSourceText(layerId: string): Blob | undefined {
  return sourceTexts.get(layerId)
}

/** What the map source of a layer reads: the blob URL of an import's text, else the features themselves. */
export function layerSourceData(layerId: string): FeatureCollection | string | undefined {
  return sourceUrls.get(layerId) ?? collections.get(layerId)
}

export function layerFeatures(layerId: string): readonly Feature[] {
  return collections.get(layerId)?.features ?? []
}

export function layerCollection(layerId: string): FeatureCollection | undefined {
  return collections.get(layerId)
}

export function featureById(layerId: string, featureId: string): Feature | undefined {
  let index = byId.get(layerId)
  const collection = collections.get(layerId)
  if (!index && collection) {
    index = new Map(collection.features.map((feature) => [String(feature.id ?? feature.properties?.id), feature]))
    byId.set(layerId, index)
  }
  return index?.get(featureId)
}

export function forgetLayerFeatures(layerId: string): void {
  collections.delete(layerId)
  byId.delete(layerId)
  const url = sourceUrls.get(layerId)
  if (url) URL.revokeObjectURL(url)
  sourceUrls.delete(layerId)
  sourceTexts.delete(layerId)
}
