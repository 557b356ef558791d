/**
 * The loaded features as the spatial questions see them: every ready catalogue layer that is shown (the registry keeps
 * the features outside reactivity; the layers store says when they changed), plus display helpers.
 */
import { featureName as nameInLocale } from '@/domain/names/place-names.ts'
import type { Feature, Geometry } from 'geojson'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { featureById, layerFeatures } from '@/data/feature-registry.ts'
import type { LayerViewState } from '@/stores/layers.ts'
import type { FeatureReference } from '@/stores/selection.ts'
import type { LayerFeature } from '@/domain/spatial/index.ts'
import type { Locale } from '@/domain/layers/types.ts'

/**
 * Every feature of every loaded layer the map shows — shipped, configured and imported — tagged with its
 * layer. A hidden layer is left out: its features would be listed and highlighted without being on the map
 * (the pollution-source family loads hidden). Tile layers are left out too: their features are not in memory.
 */
export function shownLayerFeatures(layers: Record<string, LayerViewState>): LayerFeature[] {
  return useCatalogueStore().definitions.filter((definition) => !definition.tiles && layers[definition.id]?.status === 'ready' && layers[definition.id]?.visible !== false).flatMap((definition) =>
    layerFeatures(definition.id).map((feature) => ({ layerId: definition.id, feature: feature as Feature<Geometry | null> })),
  )
}

export function featureIdOf(feature: Feature<Geometry | null>): string {
  return String(feature.id ?? feature.properties?.id ?? '')
}

export function referenceOf(item: LayerFeature): FeatureReference {
  return { layerId: item.layerId, featureId: featureIdOf(item.feature) }
}

/** The feature's name in `locale` (name_en in English when it has one). */
export function featureName(feature: Feature<Geometry | null> | undefined, locale: Locale = 'zh'): string {
  return nameInLocale(feature?.properties, locale) || String(feature?.id ?? '')
}

export function layerName(layerId: string, locale: Locale): string {
  return useCatalogueStore().definition(layerId)?.name[locale] ?? layerId
}

export function resolve(reference: FeatureReference | null): Feature<Geometry | null> | undefined {
  return reference ? (featureById(reference.layerId, reference.featureId) as Feature<Geometry | null> | undefined) : undefined
}

/** One row of a result list (near, within). */
export interface ResultRow {
  reference: FeatureReference
  name: string
  layer: string
  /** Distance or share inside, already formatted. */
  detail: string
}
