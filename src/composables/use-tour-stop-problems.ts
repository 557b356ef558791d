/**
 * What the current stop names that the loaded data does not have (issue 12, "Bad input"), worded in the
 * planner's language: the stop still presents with what there is and says what it skipped.
 */
import { computed, type Ref } from 'vue'
import { featureById, layerFeatures } from '@/data/feature-registry.ts'
import { missingInStop, type MissingItem, type TourStop } from '@/domain/tour/index.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useTourI18n } from './use-tour-i18n.ts'

function namesOf(key: 'river' | 'town'): Set<string> {
  return new Set(layerFeatures('sections').map((feature) => String(feature.properties?.[key] ?? '')).filter(Boolean))
}

export function useTourStopProblems(stop: Ref<TourStop | undefined>) {
  const layers = useLayersStore()
  const { tt } = useTourI18n()
  const missing = computed<MissingItem[]>(() => {
    const current = stop.value
    if (!current) return []
    const loaded = (layerId: string) => layers.layers[layerId]?.status === 'ready'
    const sectionsLoaded = loaded('sections')
    return missingInStop(current, {
      layerIds: Object.keys(layers.layers),
      layerLoaded: loaded,
      hasFeature: (layerId, featureId) => featureById(layerId, featureId) !== undefined,
      rivers: sectionsLoaded ? namesOf('river') : null,
      towns: sectionsLoaded ? namesOf('town') : null,
    })
  })
  /** One line per missing item, e.g. 图层“roads”不存在. */
  const lines = computed(() => missing.value.map((item) => tt(`tour.missing.${item.kind}`, { value: item.value, layer: item.layerId ?? '' })))
  return { missing, lines }
}
