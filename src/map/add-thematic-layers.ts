/**
 * Loads every catalogue layer file and adds it to the map. Each file is independent: a missing or
 * malformed one is reported (by file name) through `onFailed` and the others still load.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { loadGeoJsonFile, LayerLoadError, type LoadedLayer, type LoadFailure } from '@/data/load-layer.ts'
import { registerLayerFeatures } from '@/data/feature-registry.ts'
import { withDerivedProperties } from '@/domain/families/registry.ts'
import { loadFeatureService } from '@/data/feature-service.ts'
import { thematicLayers } from './thematic-layers.ts'
import { insertionPoint } from './draw-order.ts'
import { addTileLayer } from './pmtiles/add-tile-source.ts'
import { rememberTileExtent } from '@/data/tile-extents.ts'

export interface ThematicLoadCallbacks {
  onLoaded(layerId: string, loaded: LoadedLayer): void
  onFailed(layerId: string, failure: LoadFailure): void
}

export function addLoadedLayer(map: MapLibreMap, definition: LayerDefinition, loaded: LoadedLayer): void {
  map.addSource(definition.id, { type: 'geojson', data: loaded.collection, promoteId: 'id' })
  for (const layer of thematicLayers(definition, { featureCount: loaded.collection.features.length })) map.addLayer(layer, insertionPoint(map, layer))
}

/** Tile layers keep no features in memory: the load reports an empty collection. */
const TILES_LOADED: LoadedLayer = { collection: { type: 'FeatureCollection', features: [] }, problems: [] }

export async function addThematicLayers(
  map: MapLibreMap,
  definitions: readonly LayerDefinition[],
  baseUrl: string,
  callbacks: ThematicLoadCallbacks,
): Promise<void> {
  // The PMTiles reader loads only when the catalogue has a tile archive (issue 15 §1).
  const tileReader = definitions.some((definition) => definition.tiles) ? import('./pmtiles/add-tile-layer.ts') : null
  // Fetch in parallel, add in catalogue order so the drawing order never depends on network timing.
  const results = await Promise.allSettled(
    definitions.map((definition) =>
      definition.tiles && tileReader ? tileReader.then(({ openTileArchive }) => openTileArchive(definition, baseUrl)).then((archive) => (rememberTileExtent(definition.id, archive.bounds), TILES_LOADED)) :
      definition.service ? loadFeatureService(definition.service, baseUrl) : loadGeoJsonFile(definition.source, baseUrl),
    ),
  )
  results.forEach((result, index) => {
    const definition = definitions[index]!
    if (result.status === 'rejected') {
      const error = result.reason
      const failure: LoadFailure =
        error instanceof LayerLoadError ? error.failure : { file: definition.source, kind: 'unreachable', detail: String(error) }
      return callbacks.onFailed(definition.id, failure)
    }
    if (definition.tiles) {
      addTileLayer(map, definition, baseUrl)
      return callbacks.onLoaded(definition.id, TILES_LOADED)
    }
    const loaded = {
      ...result.value,
      collection: { ...result.value.collection, features: withDerivedProperties(definition, result.value.collection.features) },
    }
    registerLayerFeatures(definition.id, loaded.collection)
    addLoadedLayer(map, definition, loaded)
    callbacks.onLoaded(definition.id, loaded)
  })
}
