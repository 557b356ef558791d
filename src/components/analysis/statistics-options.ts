/**
 * Which groupings and measures each layer offers in the statistics tab, and how a group value is read at
 * the clock's month — both from the layer's family (domain/families/<family>/analysis.ts: a plot's stage
 * is the one in force then, a parcel's verdict is its GB 36600 screening, worst item, GB 36600-2018 §5.3).
 * Features the clock hides at that month (the family's timedState: plots before their first stage,
 * parcels before their survey year) are not counted.
 */
import type { Feature, Geometry } from 'geojson'
import { momentOfMonth, timedStateOf, type FamilyLayer } from '@/domain/families/registry.ts'
import { FAMILY_ANALYSIS } from '@/domain/families/analysis-registry.ts'
import type { LayerStatisticsOptions } from '@/domain/families/types.ts'
import type { GroupKey, GroupOptions, Measure } from '@/domain/statistics/index.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'

type AnyFeature = Feature<Geometry | null>

export type { LayerStatisticsOptions }
export { verdictOf } from '@/domain/families/soil/analysis.ts'

/**
 * The options of any layer: its family's; a layer whose family has none (an imported or configured layer,
 * features in memory, not tiles) is grouped by the usual property names and summed by its geometry.
 */
export function statisticsOptionsOf(definition: LayerDefinition): LayerStatisticsOptions | undefined {
  if (definition.tiles) return undefined
  const own = FAMILY_ANALYSIS[definition.family].statistics?.(definition)
  if (own) return own
  const measures: Measure[] = definition.geometry === 'polygon' ? ['areaHa'] : definition.geometry === 'line' ? ['lengthKm'] : definition.geometry === 'mixed' ? ['lengthKm', 'areaHa'] : []
  return { groups: ['town', 'year', 'kind', 'status'], measures }
}

/** How `key` is read at `month`: by the family that defines the key (stage, verdict), else the property of that name. */
export function groupOptionsAt(key: GroupKey, month: string): GroupOptions {
  for (const analysis of Object.values(FAMILY_ANALYSIS)) {
    const options = analysis.groupOptions?.[key]
    if (options) return options(month)
  }
  return {}
}

/** The features of a layer the clock shows at `month`. */
export function featuresShownAt(layer: FamilyLayer, features: readonly AnyFeature[], month: string): AnyFeature[] {
  const at = momentOfMonth(month)
  return features.filter((feature) => !timedStateOf(layer, feature as Feature, at)?.hidden)
}
