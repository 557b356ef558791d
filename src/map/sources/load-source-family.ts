/**
 * The fifth family, 污染源与在线监控, joins the map after the first map (issue 16 §4): MapCanvas imports this
 * module then, so none of its code weighs on the first load, and it reads its files only after the first
 * coloured map (map/first-coloured-map.ts), so that they do not compete with drawing the series. It adds the family's catalogue entries (shown as
 * loading in the layer panel), reads their files and tables in parallel, draws the alarm rings, starts
 * the family's own clock sync, and applies a start link naming it.
 */
import type { EffectScope } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import { loadSourceTables } from '@/data/sources/source-data.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSourcesStore } from '@/stores/sources.ts'
import { addThematicLayers } from '../add-thematic-layers.ts'
import { drawAlarmRings } from './alarm-rings.ts'
import { applyStartLink, startQuery } from './apply-start-link.ts'
import { useSourceSync } from './use-source-sync.ts'
import { firstColouredMap } from '../first-coloured-map.ts'

/**
 * Starts the family on the map that MapCanvas owns: its clock sync inside the map's effect scope (it stops
 * with the map), then its layers and tables. The map's element says `data-deferred="settled"` when done,
 * loaded or failed (the browser tests start from there).
 */
export async function startSourceFamily(map: MapLibreMap, scope: EffectScope): Promise<void> {
  // Its files, layers and tables would compete with reading and drawing the series.
  await firstColouredMap(map)
  if (!scope.active) return
  scope.run(() => useSourceSync(map))
  try {
    await loadSourceFamily(map, document.baseURI)
    applyStartLink(startQuery())
  } finally {
    const element = map.getContainer().closest<HTMLElement>('[data-testid="map"]')
    if (element) element.dataset.deferred = 'settled'
  }
}

/** Adds the family's layers and reads its tables; resolves when both are done (failures are reported, not thrown). */
export async function loadSourceFamily(map: MapLibreMap, baseUrl: string): Promise<void> {
  const catalogue = useCatalogueStore()
  const layersStore = useLayersStore()
  const sources = useSourcesStore()
  // Joined to the layers added at run time (as geodata/catalogue.json's), so the shipped catalogue and the
  // entry chunk stay as they are; they show as loading until their files are read.
  catalogue.configured = [...catalogue.configured.filter((definition) => !SOURCE_LAYERS.some((own) => own.id === definition.id)), ...SOURCE_LAYERS]
  for (const definition of SOURCE_LAYERS) layersStore.addPendingLayer(definition.id, definition.visibleByDefault)
  sources.markLoading()
  const tables = loadSourceTables(baseUrl).then(
    () => sources.markReady(),
    (error: unknown) => sources.markFailed(error instanceof Error ? error.message : String(error)),
  )
  await addThematicLayers(map, SOURCE_LAYERS, baseUrl, {
    onLoaded: (layerId, loaded) => {
      const definition = SOURCE_LAYERS.find((candidate) => candidate.id === layerId)
      if (definition) drawAlarmRings(map, definition)
      layersStore.markLoaded(layerId, loaded.collection.features.length, loaded.problems)
    },
    onFailed: (layerId, failure) => layersStore.markFailed(layerId, failure),
  })
  await tables
}
