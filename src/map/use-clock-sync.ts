/**
 * Puts the clock and the filters on the map through feature-state only: the month's class, change and
 * filter visibility of every section (section-sync.ts), what each family's module says the clock shows of
 * its features (stage, phase, further values: `timedState`), and the legend categories the user switched
 * off. No setData, no layer rebuild; only features whose state actually changed are touched (issue #7 "speed").
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useClockStore } from '@/stores/clock.ts'
import { periodOf, statusMonth } from '@/domain/time/index.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { familyModule, timedStateOf } from '@/domain/families/registry.ts'
import type { ClockMoment } from '@/domain/families/types.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useSectionSync } from './section-sync.ts'
import { followsSeries } from './section-state-targets.ts'

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
  const clockStore = useClockStore()
  const layersStore = useLayersStore()
  const catalogue = useCatalogueStore()
  const writers = new Map<string, ReturnType<typeof createStateWriter>>()

  useSectionSync(map)

  /** The category a feature shows at the month (the stage in force for plots, else the style's property). */
  function categoryOf(definition: LayerDefinition, properties: Record<string, unknown>, stage: string | undefined): string | null {
    if (definition.style.kind !== 'categorical') return null
    if (definition.style.stateProperty && stage) return stage
    return String(properties[definition.style.property] ?? '')
  }

  /** Where the clock stands for the families: states at the period's end, flows over the period. */
  const moment = (): ClockMoment => {
    const period = periodOf(clockStore.clock.month, clockStore.clock.mode)
    return { month: statusMonth(clockStore.clock), first: period.first, last: period.last }
  }

  watch(
    () => [
      JSON.stringify(moment()),
      catalogue.definitions.map((definition) => [definition.id, layersStore.layers[definition.id]?.status, layersStore.layers[definition.id]?.visible, layersStore.layers[definition.id]?.hiddenCategories]),
    ] as const,
    () => {
      const at = moment()
      for (const definition of catalogue.definitions) {
        const family = familyModule(definition.family)
        // Tile layers that follow the monitoring series take the sections' states (section-sync.ts).
        if (family.ownClockSync || followsSeries(definition) || !map.getSource(definition.id)) continue
        // A hidden layer is not drawn: its states are written when it is shown again (the writer keeps what
        // it last sent, so only what changed meanwhile goes out then).
        if (layersStore.layers[definition.id]?.visible === false) continue
        const hiddenCategories = layersStore.layers[definition.id]?.hiddenCategories ?? []
        const timed = family.timedState !== undefined
        if (!timed && definition.style.kind !== 'categorical') continue
        if (!writers.has(definition.id)) writers.set(definition.id, createStateWriter(map, definition.id))
        const write = writers.get(definition.id)!
        for (const feature of layerFeatures(definition.id)) {
          const state = timedStateOf(definition, feature, at) ?? { hidden: false, emphasis: 1 }
          const category = categoryOf(definition, (feature.properties ?? {}) as Record<string, unknown>, state.stage)
          const hidden = state.hidden || (category !== null && hiddenCategories.includes(category))
          write(String(feature.id), { ...state.values, hidden, emphasis: state.emphasis, ...(state.stage ? { stage: state.stage } : {}) })
        }
      }
    },
    { immediate: true, deep: true },
  )
}
