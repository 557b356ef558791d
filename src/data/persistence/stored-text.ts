/** A saved layer's GeoJSON text read back into features (on the page or in stored-text.worker.ts). */
import type { FeatureCollection } from 'geojson'

export type StoredTextAnswer = { type: 'features'; collection: FeatureCollection } | { type: 'failed'; message: string }

/** The text's features; throws when the text is not a GeoJSON FeatureCollection (a damaged save). */
export function featureCollectionOfText(text: string): FeatureCollection {
  const value = JSON.parse(text) as Partial<FeatureCollection> | null
  if (!value || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) throw new Error('the saved text is not a GeoJSON FeatureCollection')
  return value as FeatureCollection
}
