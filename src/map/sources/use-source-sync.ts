/**
 * The family's own part of the one clock (issue 16 §3): what comes from its tables, not from a feature's
 * properties. For the clock's period it writes, per feature, feature-state `waterClass` (stations: class
 * of the period's mean concentrations, from the daily series) and `alarms` (alarm events live in the
 * period). The generic clock sync (map/use-clock-sync.ts) cannot: the family module's `timedState` sees
 * one feature, not these tables, and they are read beside the layers and may arrive after them
 * (`sources.version`); the stations' daily means are read only once stations are shown. Everything else —
 * dust bands, hidden legend categories — is the generic sync's;
 * the keys written here are its own, so the two writers never overwrite each other (setFeatureState merges).
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { sourceTables, stationDaily } from '@/data/sources/source-data.ts'
import { needStationDaily } from '@/composables/need-station-daily.ts'
import { alarmCountAt, stationClassAt, type SourcePeriod } from '@/domain/sources/index.ts'
import { periodOf, statusMonth } from '@/domain/time/index.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSourcesStore } from '@/stores/sources.ts'

type State = Record<string, number>

function stateOf(definition: LayerDefinition, id: string, period: SourcePeriod): State {
  const tables = sourceTables()
  const state: State = { alarms: tables ? alarmCountAt(tables.alarmsBySource.get(id) ?? [], period) : 0 }
  const daily = stationDaily()
  if (definition.style.kind === 'water-class') state.waterClass = daily ? stationClassAt(daily.get(id) ?? [], period) : 0
  return state
}

export function useSourceSync(map: MapLibreMap): void {
  const clockStore = useClockStore()
  const layersStore = useLayersStore()
  const sources = useSourcesStore()
  const written = new Map<string, string>()
  watch(
    () => {
      // The period as the family's cards and alarm list read it (components/sources/use-source-period.ts).
      const first = periodOf(clockStore.clock.month, clockStore.clock.mode).first
      return [first, statusMonth(clockStore.clock), sources.version, SOURCE_LAYERS.map((definition) => [layersStore.layers[definition.id]?.status, layersStore.layers[definition.id]?.visible])] as const
    },
    ([first, last]) => {
      const period = { first, last }
      for (const definition of SOURCE_LAYERS) {
        // A hidden layer is skipped (the family loads hidden: a clock step must not pay for it); showing it
        // re-runs this, and what changed meanwhile is written then.
        const layer = layersStore.layers[definition.id]
        if (layer?.status !== 'ready' || layer.visible === false || !map.getSource(definition.id)) continue
        // Stations shown: their daily means are read now (once); `sources.version` brings the classes here when they arrive.
        if (definition.style.kind === 'water-class') needStationDaily()
        for (const feature of layerFeatures(definition.id)) {
          const id = String(feature.id ?? feature.properties?.id)
          const state = stateOf(definition, id, period)
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
