/**
 * Creates the one MapLibre map of the app. Kept out of Vue reactivity (markRaw): deep proxies break
 * MapLibre (maplibre-gl-js#1162).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { markRaw } from 'vue'
import { DISTRICT_VIEW, LOCAL_FONT_FAMILY } from '@/config/map.ts'
import { buildBasemapStyle } from './basemap-style.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { addMapControls, mapControlLocale } from './map-language.ts'
import { installImportSource } from './import-source/install.ts'

let workerConfigured = false

/** True when this browser can give MapLibre a WebGL2 context. */
export function webglAvailable(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2')
  } catch {
    return false
  }
}

/** The map in the UI language `locale` (labels, control words, credits); `setMapLanguage` switches it later. */
export function createMap(container: HTMLElement, baseUrl: string, locale: Locale): MapLibreMap {
  if (!workerConfigured) {
    // MapLibre 6 under Vite: the worker must be pointed at explicitly or the built app never goes idle.
    setWorkerUrl(workerUrl)
    workerConfigured = true
  }
  const map = new MapLibreMap({
    container,
    style: buildBasemapStyle(baseUrl, locale),
    locale: mapControlLocale(locale),
    bounds: DISTRICT_VIEW.bounds,
    fitBoundsOptions: { padding: 24 },
    minZoom: 8,
    maxZoom: 18,
    localIdeographFontFamily: LOCAL_FONT_FAMILY,
    attributionControl: false,
    // Keeps the last frame readable for PNG export of the view.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  })
  addMapControls(map, locale)
  // Imported layers reach MapLibre's workers without passing through the page (import-source/).
  installImportSource()
  return markRaw(map)
}
