/**
 * Which groupings and measures each layer offers in the statistics tab, and how a group value is read at
 * the clock's month: a plot's stage is the one in force then (stageAt), a parcel's verdict is its GB 36600
 * screening (screenSoil, worst item, GB 36600-2018 §5.3). Features the clock hides at that month
 * (timedStateOf: plots before their first stage, parcels before their survey year) are not counted.
 */
import type { Feature, Geometry } from 'geojson'
import { stageAt } from '@/domain/remediation/index.ts'
import { landClassOf, screenSoil } from '@/domain/soil/index.ts'
import { timedStateOf } from '@/domain/layers/time-state.ts'
import type { GroupKey, GroupOptions, Measure } from '@/domain/statistics/index.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'

type AnyFeature = Feature<Geometry | null>

export interface LayerStatisticsOptions {
  groups: GroupKey[]
  /** Summed besides the count; the first one is charted (the count when empty). */
  measures: Measure[]
  /** Grouped by kind, each green kind is summed in its own measure (km, 亩, ha, m²) instead of `measures`. */
  greenKindMeasures?: boolean
}

export const STATISTICS_OPTIONS: Readonly<Record<string, LayerStatisticsOptions>> = {
  'remediation-plots': { groups: ['stage', 'town'], measures: ['areaHa'] },
  'soil-parcels': { groups: ['kind', 'town', 'year', 'verdict', 'status'], measures: ['areaHa'] },
  greenways: { groups: ['kind', 'town', 'year', 'status'], measures: ['lengthKm', 'areaHa'], greenKindMeasures: true },
  sections: { groups: ['town'], measures: [] },
}

/**
 * The options of any layer: the shipped ones as above; an imported or configured layer (features in
 * memory, not tiles) is grouped by the usual property names and summed by its geometry.
 */
export function statisticsOptionsOf(definition: LayerDefinition): LayerStatisticsOptions | undefined {
  const shipped = STATISTICS_OPTIONS[definition.id]
  if (shipped) return shipped
  if (definition.tiles) return undefined
  const measures: Measure[] = definition.geometry === 'polygon' ? ['areaHa'] : definition.geometry === 'line' ? ['lengthKm'] : definition.geometry === 'mixed' ? ['lengthKm', 'areaHa'] : []
  return { groups: ['town', 'year', 'kind', 'status'], measures }
}

/** The parcel's worst verdict, or '' (shown as "not given") when it has no usable measurement. */
export function verdictOf(feature: AnyFeature): string {
  const properties = feature.properties ?? {}
  const measurements: unknown = properties.measurements
  if (typeof measurements !== 'object' || measurements === null) return ''
  const screening = screenSoil(measurements as Record<string, number>, landClassOf(properties.landClass))
  return screening.items.length > 0 ? screening.verdict : ''
}

export function groupOptionsAt(key: GroupKey, month: string): GroupOptions {
  if (key === 'stage') return { keyOf: (feature) => stageAt(feature.properties?.stageHistory, month) ?? '' }
  if (key === 'verdict') return { keyOf: verdictOf }
  return {}
}

/** The features of a layer the clock shows at `month`. */
export function featuresShownAt(layerId: string, features: readonly AnyFeature[], month: string): AnyFeature[] {
  return features.filter((feature) => !timedStateOf(layerId, feature as Feature, month)?.hidden)
}
