/**
 * The key figures of a tour stop, computed from the data at the stop's period — never typed into the
 * tour (issue 12 item 2): see tour-figures/sections.ts (GB 3838-2002 classes, 环办〔2011〕22号 main
 * pollutants, attainment month by month), tour-figures/land.ts (stages), soil.ts (GB 36600-2018 screening)
 * and green.ts (green projects in their own units, the report's yearly totals), each family's figures
 * found through tour-figures/families.ts. A stop that names no feature gets a summary of each layer it shows.
 */
import { computed, type Ref } from 'vue'
import type { Feature } from 'geojson'
import { featureById } from '@/data/feature-registry.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import type { LayerDefinition, Locale } from '@/domain/layers/types.ts'
import { FAMILIES_IN_ORDER } from '@/domain/layers/layer-order.ts'
import { TOUR_MESSAGES, type TourMessageKey } from '@/i18n/tour-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { FAMILY_TOUR_FIGURES, TOUR_SUMMARY_ORDER } from './tour-figures/families.ts'
import type { FigureGroup, FigureWords } from './tour-figures/types.ts'
import { boardFigureGroups } from '@/composables/assessment/board-figures.ts'

export type { FigureGroup, FigureRow } from './tour-figures/types.ts'
export { MAX_FIGURE_GROUPS } from './tour-figures/shared.ts'
export { SECTION_LIST_FROM } from './tour-figures/water.ts'

function loadedFeatures(stop: TourStop, layerId: string): Feature[] {
  return stop.features
    .filter((reference) => reference.layerId === layerId)
    .map((reference) => featureById(reference.layerId, reference.featureId))
    .filter((feature): feature is Feature => feature !== undefined)
}

/** The catalogue's layers in `families`' order, each with its family's figures. */
function layersByFamily(definitions: readonly LayerDefinition[], families: readonly LayerDefinition['family'][]) {
  return families.flatMap((family) => definitions.filter((definition) => definition.family === family).map((definition) => ({ layerId: definition.id, figures: FAMILY_TOUR_FIGURES[family] })))
}

/**
 * The figure groups of `stop`, read from the loaded data now: the named features' own groups (family by
 * family, as the layer panel lists them), then the totals they belong to; for a stop that names no
 * feature, a summary of each layer it shows (TOUR_SUMMARY_ORDER).
 */
export function computeStopFigures(stop: TourStop, locale: Locale): FigureGroup[] {
  const words: FigureWords = {
    locale,
    tt: (key: TourMessageKey, values = {}) => fillPlaceholders(TOUR_MESSAGES[locale][key], values),
  }
  const groups: FigureGroup[] = []
  const add = (group: FigureGroup | null) => {
    if (group && group.rows.length > 0 && !groups.some((other) => other.title === group.title)) groups.push(group)
  }
  const definitions = useCatalogueStore().definitions
  const layers = layersByFamily(definitions, FAMILIES_IN_ORDER).map((layer) => ({ ...layer, features: loadedFeatures(stop, layer.layerId) }))
  for (const { layerId, figures, features } of layers) if (features.length > 0) figures.featureGroups?.(layerId, features, stop, words).forEach(add)
  for (const { layerId, figures, features } of layers) if (features.length > 0) figures.totalGroups?.(layerId, features, stop, words).forEach(add)
  if (stop.features.length === 0) {
    const summaryOrder = [...FAMILIES_IN_ORDER].sort((a, b) => TOUR_SUMMARY_ORDER[a] - TOUR_SUMMARY_ORDER[b])
    for (const { layerId, figures } of layersByFamily(definitions, summaryOrder)) {
      if (stop.layers.includes(layerId)) figures.layerGroups?.(layerId, stop, words).forEach(add)
    }
  }
  // Assessment-board blocks added to the stop (issue 13), computed from the loaded series.
  if (stop.assessment) groups.push(...boardFigureGroups(stop.assessment, locale, useWaterStore().version))
  return groups
}

/** The stop's figures, recomputed when the data, the layers or the language change. */
export function useStopFigures(stop: Ref<TourStop | undefined>) {
  const water = useWaterStore()
  const layers = useLayersStore()
  const settings = useSettingsStore()
  const view = useSectionViewStore()
  return computed(() => {
    void water.version
    void view.visible
    const current = stop.value
    const ready = Object.values(layers.layers).map((layer) => layer.status).join()
    return current && ready ? computeStopFigures(current, settings.locale) : []
  })
}
