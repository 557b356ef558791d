/**
 * Puts the clock and the filters on the map through feature-state only: the month's class, change and
 * filter visibility of every section, the stage/phase of every time-aware feature, and the legend
 * categories the user switched off. No setData, no
 * layer rebuild; only features whose state actually changed are touched (issue #7 "speed").
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { timedStateOf } from '@/domain/layers/time-state.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'

const TIMED_LAYERS = ['remediation-plots', 'soil-parcels', 'greenways']

/** Applies state to features, skipping those whose state is unchanged since the last call. */
function createStateWriter(map: MapLibreMap, source: string) {
  const applied = new Map<string, string>()
  return (featureId: string, state: Record<string, string | number | boolean>) => {
    const key = JSON.stringify(state)
    if (applied.get(featureId) === key) return
    applied.set(featureId, key)
    map.setFeatureState({ source, id: featureId }, state)
  }
}

export function useClockSync(map: MapLibreMap) {
  const view = useSectionViewStore()
  const clockStore = useClockStore()
  const layersStore = useLayersStore()
  const catalogue = useCatalogueStore()
  const writeSection = createStateWriter(map, 'sections')
  const writers = new Map<string, ReturnType<typeof createStateWriter>>()

  watch(
    () => [view.states, view.visible] as const,
    ([states, visible]) => {
      if (!map.getSource('sections')) return
      view.sections.forEach((section, index) => {
        const state = states[index]!
        writeSection(section.id, { waterClass: state.waterClass ?? 0, change: state.change, hidden: !visible[index] })
      })
    },
    { immediate: true },
  )

  /** The category a feature shows at the month (the stage in force for plots, else the style's property). */
  function categoryOf(definition: LayerDefinition, properties: Record<string, unknown>, stage: string | undefined): string | null {
    if (definition.style.kind !== 'categorical') return null
    if (definition.style.stateProperty && stage) return stage
    return String(properties[definition.style.property] ?? '')
  }

  watch(
    () => [
      clockStore.clock.month,
      catalogue.definitions.map((definition) => [definition.id, layersStore.layers[definition.id]?.status, layersStore.layers[definition.id]?.hiddenCategories]),
    ] as const,
    ([month]) => {
      for (const definition of catalogue.definitions) {
        if (definition.id === 'sections' || !map.getSource(definition.id)) continue
        const hiddenCategories = layersStore.layers[definition.id]?.hiddenCategories ?? []
        const timed = TIMED_LAYERS.includes(definition.id)
        if (!timed && definition.style.kind !== 'categorical') continue
        if (!writers.has(definition.id)) writers.set(definition.id, createStateWriter(map, definition.id))
        const write = writers.get(definition.id)!
        for (const feature of layerFeatures(definition.id)) {
          const state = timedStateOf(definition.id, feature, month) ?? { hidden: false, emphasis: 1 }
          const category = categoryOf(definition, (feature.properties ?? {}) as Record<string, unknown>, state.stage)
          const hidden = state.hidden || (category !== null && hiddenCategories.includes(category))
          write(String(feature.id), { hidden, emphasis: state.emphasis, ...(state.stage ? { stage: state.stage } : {}) })
        }
      }
    },
    { immediate: true, deep: true },
  )
}
