/**
 * The family's own clock sync (issue 16 §3, "one clock"): for the clock's period it writes, per feature,
 * feature-state `waterClass` (stations: class of the period's mean concentrations), `stage` (dust points:
 * the PM10 band of the period), `alarms` (alarms live in the period) and `hidden` (legend categories the
 * planner switched off). Only features whose state changed are written. The generic clock sync leaves
 * this family alone (map/use-clock-sync.ts), as it leaves the sections to their own sync.
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { sourceTables } from '@/data/sources/source-data.ts'
import { alarmCountAt, dustBandAt, stationClassAt, type SourcePeriod } from '@/domain/sources/index.ts'
import { periodOf, statusMonth } from '@/domain/time/index.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSourcesStore } from '@/stores/sources.ts'

type State = Record<string, string | number | boolean>

function stateOf(definition: LayerDefinition, properties: Record<string, unknown>, id: string, period: SourcePeriod, hiddenCategories: readonly string[]): State {
  const tables = sourceTables()
  const state: State = { alarms: tables ? alarmCountAt(tables.alarmsBySource.get(id) ?? [], period) : 0, emphasis: 1 }
  if (definition.style.kind === 'water-class') state.waterClass = tables ? stationClassAt(tables.dailyByStation.get(id) ?? [], period) : 0
  if (Array.isArray(properties.pm10) && typeof properties.pm10From === 'string') state.stage = dustBandAt(properties.pm10 as (number | null)[], properties.pm10From, period)
  const style = definition.style
  const category = style.kind === 'categorical' ? String((style.stateProperty ? state[style.stateProperty] : undefined) ?? properties[style.property] ?? '') : null
  state.hidden = category !== null && hiddenCategories.includes(category)
  return state
}

export function useSourceSync(map: MapLibreMap): void {
  const clockStore = useClockStore()
  const layersStore = useLayersStore()
  const sources = useSourcesStore()
  const written = new Map<string, string>()
  watch(
    () => [
      periodOf(clockStore.clock.month, clockStore.clock.mode).first,
      statusMonth(clockStore.clock),
      sources.version,
      SOURCE_LAYERS.map((definition) => [layersStore.layers[definition.id]?.status, layersStore.layers[definition.id]?.hiddenCategories]),
    ] as const,
    ([first, last]) => {
      const period = { first, last }
      for (const definition of SOURCE_LAYERS) {
        if (layersStore.layers[definition.id]?.status !== 'ready' || !map.getSource(definition.id)) continue
        const hiddenCategories = layersStore.layers[definition.id]?.hiddenCategories ?? []
        for (const feature of layerFeatures(definition.id)) {
          const id = String(feature.id ?? feature.properties?.id)
          const state = stateOf(definition, (feature.properties ?? {}) as Record<string, unknown>, id, period, hiddenCategories)
          const key = `${definition.id}/${id}`
          const text = JSON.stringify(state)
          if (written.get(key) === text) continue
          written.set(key, text)
          map.setFeatureState({ source: definition.id, id }, state)
        }
      }
    },
    { immediate: true, deep: true },
  )
}
