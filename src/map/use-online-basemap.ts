/**
 * Shows the chosen online basemap (src/stores/basemap.ts) under the app's own layers: its picture and
 * annotation as raster layers right above the offline district map's land and water fills, below the
 * town boundaries, the thematic layers and the labels. While it is shown, the offline map's own river fill
 * and labels are hidden (the online map draws rivers and names itself); the offline fills stay underneath,
 * so a tile that does not arrive leaves the district map visible, never a hole.
 *
 * Tiles that cannot be fetched (no network, refused key) come back as map `error` events of its sources.
 * When several picture tiles fail in a row with none arriving in between, the store falls back to the
 * offline map for this visit and says why (issue #2: an online basemap "must not break the offline default").
 */
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl'
import { watch } from 'vue'
import type { OnlineBasemapId } from '@/domain/basemap/online-basemaps.ts'
import { offeredBasemap } from '@/config/online-basemaps.ts'
import { useBasemapStore } from '@/stores/basemap.ts'

const PICTURE = 'online-basemap-picture'
const ANNOTATION = 'online-basemap-annotation'
/** The online basemap's layers go right below this layer of the offline style (src/map/basemap-style.ts). */
const INSERT_BEFORE = 'towns-line'
/** Offline layers that the online basemap replaces while it is shown. */
const REPLACED_OFFLINE_LAYERS = ['rivers-fill', 'town-labels', 'river-labels']
/** Failed tiles in a row (with none arriving in between) after which the online basemap is given up. */
const FAILURES_IN_A_ROW = 3

function removeOnlineLayers(map: MapLibreMap) {
  for (const id of [ANNOTATION, PICTURE]) {
    if (map.getLayer(id)) map.removeLayer(id)
    if (map.getSource(id)) map.removeSource(id)
  }
}

function showOfflineLayers(map: MapLibreMap, visible: boolean) {
  for (const id of REPLACED_OFFLINE_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none')
}

function addOnlineLayers(map: MapLibreMap, id: OnlineBasemapId, token: string) {
  const basemap = offeredBasemap(id)
  if (!basemap) return
  const { picture, annotation } = basemap.tiles(token)
  const add = (layerId: string, tiles: string[], attribution?: string) => {
    map.addSource(layerId, { type: 'raster', tiles, tileSize: 256, maxzoom: basemap.maxZoom, ...(attribution ? { attribution } : {}) })
    map.addLayer({ id: layerId, type: 'raster', source: layerId }, INSERT_BEFORE)
  }
  add(PICTURE, picture, basemap.attribution)
  if (annotation) add(ANNOTATION, annotation)
}

export function useOnlineBasemap(map: MapLibreMap) {
  const basemap = useBasemapStore()
  let failuresInARow = 0

  const onError = (event: ErrorEvent & { sourceId?: string }) => {
    // Missing place names leave the picture usable: only the picture's tiles decide a fallback.
    if (event.sourceId === ANNOTATION) return
    if (event.sourceId !== PICTURE) {
      // What MapLibre does when nobody listens: the other errors stay visible in the console.
      console.error(event.error)
      return
    }
    failuresInARow++
    if (failuresInARow >= FAILURES_IN_A_ROW) basemap.fallBackToOffline()
  }
  const onData = (event: MapSourceDataEvent) => {
    if (event.sourceId !== PICTURE || !event.tile) return
    failuresInARow = 0
    basemap.markStatus('shown')
  }

  function apply(choice: 'offline' | OnlineBasemapId, token: string, missingToken: boolean) {
    map.off('error', onError)
    map.off('sourcedata', onData)
    removeOnlineLayers(map)
    failuresInARow = 0
    if (choice === 'offline' || missingToken) {
      showOfflineLayers(map, true)
      basemap.markStatus('offline')
      return
    }
    map.on('error', onError)
    map.on('sourcedata', onData)
    addOnlineLayers(map, choice, token)
    showOfflineLayers(map, false)
    basemap.markStatus('loading')
  }

  // A key change reloads only a basemap that uses the key (OSM or the bureau's server keep their tiles).
  const keyOf = (choice: 'offline' | OnlineBasemapId) => (choice !== 'offline' && offeredBasemap(choice)?.needsToken ? basemap.effectiveToken : '')
  watch(
    () => [basemap.shown, keyOf(basemap.shown), basemap.missingToken] as const,
    ([choice, token, missingToken]) => apply(choice, token, missingToken),
    { immediate: true },
  )
}
