/**
 * Puts the clock and the filters on the map through feature-state only: the month's class, change and
 * filter visibility of every section, and the stage/phase of every time-aware feature. No setData, no
 * layer rebuild; only features whose state actually changed are touched (issue #7 "speed").
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { timedStateOf } from '@/domain/layers/time-state.ts'

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
  const writeSection = createStateWriter(map, 'sections')
  const writers = new Map(TIMED_LAYERS.map((layerId) => [layerId, createStateWriter(map, layerId)]))

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

  watch(
    () => [clockStore.clock.month, ...TIMED_LAYERS.map((layerId) => layersStore.layers[layerId]?.status)] as const,
    ([month]) => {
      for (const layerId of TIMED_LAYERS) {
        if (!map.getSource(layerId)) continue
        const write = writers.get(layerId)!
        for (const feature of layerFeatures(layerId)) {
          const state = timedStateOf(layerId, feature, month)
          if (state) write(String(feature.id), { hidden: state.hidden, emphasis: state.emphasis, ...(state.stage ? { stage: state.stage } : {}) })
        }
      }
    },
    { immediate: true },
  )
}
