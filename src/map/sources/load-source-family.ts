/**
 * The fifth family, 污染源与在线监控, joins the map after the first map is idle (issue 16 §4): MapCanvas
 * imports this module then, so neither its code nor its files weigh on the first load. It adds the
 * family's catalogue entries (shown as loading in the layer panel), reads their files and tables in
 * parallel, draws the alarm rings, and starts the family's own clock sync.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import { loadSourceTables } from '@/data/sources/source-data.ts'
import { markDeferredLayersSettled } from '@/data/deferred-layers.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSourcesStore } from '@/stores/sources.ts'
import { addThematicLayers } from '../add-thematic-layers.ts'
import { drawAlarmRings } from './alarm-rings.ts'

/** Adds the family's layers and reads its tables; resolves when both are done (failures are reported, not thrown). */
export async function loadSourceFamily(map: MapLibreMap, baseUrl: string): Promise<void> {
  const catalogue = useCatalogueStore()
  const layersStore = useLayersStore()
  const sources = useSourcesStore()
  catalogue.addDeferred(SOURCE_LAYERS)
  sources.markLoading()
  const tables = loadSourceTables(baseUrl).then(
    () => sources.markReady(),
    (error: unknown) => sources.markFailed(error instanceof Error ? error.message : String(error)),
  )
  try {
    await addThematicLayers(map, SOURCE_LAYERS, baseUrl, {
      onLoaded: (layerId, loaded) => {
        const definition = SOURCE_LAYERS.find((candidate) => candidate.id === layerId)
        if (definition) drawAlarmRings(map, definition)
        layersStore.markLoaded(layerId, loaded.collection.features.length, loaded.problems)
      },
      onFailed: (layerId, failure) => layersStore.markFailed(layerId, failure),
    })
    await tables
  } finally {
    markDeferredLayersSettled()
  }
}

export { useSourceSync } from './use-source-sync.ts'
