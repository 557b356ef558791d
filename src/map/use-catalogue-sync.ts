/**
 * Keeps the map's imported layers in step with the catalogue store: a new import is added, a removed one
 * is taken off (layers and source), a restyled one is repainted in place when only paint changed
 * (repaint-in-place.ts), else has its layers rebuilt over the same source.
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { layerSourceData } from '@/data/feature-registry.ts'
import { importSourceUrl } from './import-source/source-url.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { thematicLayers } from './thematic-layers.ts'
import { FIRST_LABEL_LAYER } from './basemap-style.ts'
import { insertionPoint } from './draw-order.ts'
import { addTileLayer } from './pmtiles/add-tile-source.ts'
import { tileLayers } from './pmtiles/tile-layers.ts'
import { repaintInPlace } from './repaint-in-place.ts'

function removeLayersOf(map: MapLibreMap, definition: LayerDefinition) {
  const layers = definition.tiles ? tileLayers(definition) : thematicLayers(definition)
  for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
}

export function useCatalogueSync(map: MapLibreMap) {
  const catalogue = useCatalogueStore()
  const applied = new Map<string, { definition: LayerDefinition; key: string }>()

  watch(
    () => catalogue.imported,
    (imported) => {
      const wanted = new Map(imported.map((definition) => [definition.id, definition]))
      for (const [id, entry] of applied) {
        if (wanted.has(id)) continue
        removeLayersOf(map, entry.definition)
        if (map.getSource(id)) map.removeSource(id)
        applied.delete(id)
      }
      for (const definition of imported) {
        const key = JSON.stringify(definition)
        const previous = applied.get(definition.id)
        if (previous?.key === key) continue
        if (definition.tiles) {
          // A tile archive opened from disk: its source reads tiles through the pmtiles protocol.
          if (previous) removeLayersOf(map, previous.definition)
          if (map.getSource(definition.id)) for (const layer of tileLayers(definition)) map.addLayer(layer, FIRST_LABEL_LAYER)
          else addTileLayer(map, definition, document.baseURI)
          applied.set(definition.id, { definition, key })
          continue
        }
        // An import's GeoJSON text when there is one, read by MapLibre's worker through our protocol: the
        // page never parses, clones or receives back a large collection (import-source/).
        const found = layerSourceData(definition.id)
        if (!found) continue
        const data = typeof found === 'string' ? importSourceUrl(found) : found
        if (previous && map.getSource(definition.id) && repaintInPlace(map, thematicLayers(previous.definition), thematicLayers(definition))) {
          applied.set(definition.id, { definition, key })
          continue
        }
        if (previous) removeLayersOf(map, previous.definition)
        if (!map.getSource(definition.id)) map.addSource(definition.id, { type: 'geojson', data, promoteId: 'id' })
        for (const layer of thematicLayers(definition)) map.addLayer(layer, insertionPoint(map, layer))
        applied.set(definition.id, { definition, key })
      }
    },
    { immediate: true, deep: true },
  )
}
