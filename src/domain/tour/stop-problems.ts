/**
 * What a stop names that the data does not have (issue 12, "Bad input"): a layer the app does not
 * know, a feature that is not in its layer, or a river or town in the stop's filter that no section
 * lies on. Such a stop still presents with what there is, and says what is missing; the other stops
 * are not affected. Pure: the caller says what exists.
 */
import type { TourStop } from './types.ts'

export type MissingKind = 'layer' | 'feature' | 'river' | 'town'

export interface MissingItem {
  kind: MissingKind
  /** The id or name as the tour file writes it. */
  value: string
  /** For a feature: the layer it was looked for in. */
  layerId?: string
}

export interface KnownData {
  /** Layer ids the app has. */
  layerIds: readonly string[]
  /** True when the layer's features are loaded, so that a feature's absence means something. */
  layerLoaded(layerId: string): boolean
  hasFeature(layerId: string, featureId: string): boolean
  /** Rivers and towns of the sections (the values the filter can match); null while they are unknown. */
  rivers: ReadonlySet<string> | null
  towns: ReadonlySet<string> | null
}

/** Everything `stop` names that `known` does not have, in the order the stop names it. */
export function missingInStop(stop: TourStop, known: KnownData): MissingItem[] {
  const missing: MissingItem[] = []
  const layers = new Set(known.layerIds)
  const reported = new Set<string>()
  const addLayer = (layerId: string) => {
    if (layers.has(layerId) || reported.has(layerId)) return
    reported.add(layerId)
    missing.push({ kind: 'layer', value: layerId })
  }
  stop.layers.forEach(addLayer)
  for (const reference of stop.features) {
    if (!layers.has(reference.layerId)) addLayer(reference.layerId)
    else if (known.layerLoaded(reference.layerId) && !known.hasFeature(reference.layerId, reference.featureId)) {
      missing.push({ kind: 'feature', value: reference.featureId, layerId: reference.layerId })
    }
  }
  for (const river of stop.filter?.rivers ?? []) if (known.rivers && !known.rivers.has(river)) missing.push({ kind: 'river', value: river })
  for (const town of stop.filter?.towns ?? []) if (known.towns && !known.towns.has(town)) missing.push({ kind: 'town', value: town })
  return missing
}
