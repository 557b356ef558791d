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
import { statusMonth } from '@/domain/time/index.ts'
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
  const writers = new Map<string, ReturnType<typeof createStateWriter>>()

  // Sections: the last state written per section, in typed arrays (10,000 sections: no strings, no
  // objects per step); only the fields that changed are sent to MapLibre.
  const CHANGE_CODES = ['unknown', 'same', 'better', 'worse'] as const
  let written = { classes: new Int8Array(0), changes: new Int8Array(0), hidden: new Int8Array(0), ids: [] as string[] }
  watch(
    () => [view.states, view.visible] as const,
    ([states, visible]) => {
      if (!map.getSource('sections')) return
      const sections = view.sections
      if (written.ids.length !== sections.length || written.ids.some((id, index) => id !== sections[index]!.id)) {
        const size = sections.length
        written = { classes: new Int8Array(size).fill(-1), changes: new Int8Array(size).fill(-1), hidden: new Int8Array(size).fill(-1), ids: sections.map((section) => section.id) }
      }
      for (let index = 0; index < sections.length; index++) {
        const state = states[index]!
        const waterClass = state.waterClass ?? 0
        const change = CHANGE_CODES.indexOf(state.change as (typeof CHANGE_CODES)[number])
        const hidden = visible[index] ? 0 : 1
        if (written.classes[index] === waterClass && written.changes[index] === change && written.hidden[index] === hidden) continue
        const update: Record<string, string | number | boolean> = {}
        if (written.classes[index] !== waterClass) update.waterClass = written.classes[index] = waterClass
        if (written.changes[index] !== change) update.change = state.change
        if (written.hidden[index] !== hidden) update.hidden = hidden === 1
        written.changes[index] = change
        written.hidden[index] = hidden
        map.setFeatureState({ source: 'sections', id: sections[index]!.id }, update)
      }
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
      statusMonth(clockStore.clock),
      catalogue.definitions.map((definition) => [definition.id, layersStore.layers[definition.id]?.status, layersStore.layers[definition.id]?.hiddenCategories]),
    ] as const,
    ([month]) => {
      for (const definition of catalogue.definitions) {
        // The pollution-source family writes its own state (map/sources/use-source-sync.ts).
        if (definition.id === 'sections' || definition.family === 'sources' || !map.getSource(definition.id)) continue
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
