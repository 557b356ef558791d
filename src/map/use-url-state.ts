/**
 * Permalinks (issues #5 and #7): the whole explore view — camera, layers, clock, comparison, filters,
 * selected feature, language — lives in the URL query, so a link reproduces the view. The query is read
 * once at start (stores at once, camera when the map exists) and rewritten, debounced, on every change.
 */
import { toRaw, watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { decodeViewState, encodeViewState, type ViewState } from '@/domain/view-state/index.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { DISTRICT_VIEW } from '@/config/map.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import { settleLink } from './settle-link.ts'
import { useLayerOrderStore } from '@/stores/layer-order.ts'

function cameraOf(map: MapLibreMap | null): ViewState['camera'] {
  if (!map) return { center: DISTRICT_VIEW.center, zoom: DISTRICT_VIEW.zoom, bearing: 0, pitch: 0 }
  const center = map.getCenter()
  return { center: [center.lng, center.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() }
}

/** The current view, read from the stores (and the map's camera). */
export function currentViewState(map: MapLibreMap | null): ViewState {
  const layersStore = useLayersStore()
  const clock = useClockStore().clock
  const filters = useSectionFilterStore()
  return {
    camera: cameraOf(map),
    layers: useCatalogueStore().definitions.map((definition) => ({
      id: definition.id,
      visible: layersStore.layers[definition.id]?.visible ?? false,
      opacity: layersStore.layers[definition.id]?.opacity ?? 1,
    })),
    clock: { month: clock.month, mode: clock.mode },
    compare: filters.compare,
    // toRaw: the decoder clones the defaults with structuredClone, which refuses reactive proxies.
    filter: toRaw(filters.filter),
    selected: useSelectionStore().selected,
    locale: useSettingsStore().locale,
    order: [...useLayerOrderStore().order],
  }
}

/** Puts a view state into the stores (and the camera into the map when given). */
export function applyViewState(state: ViewState, map: MapLibreMap | null, options: { animate?: boolean } = {}): void {
  const layersStore = useLayersStore()
  for (const layer of state.layers) {
    layersStore.setVisible(layer.id, layer.visible)
    layersStore.setOpacity(layer.id, layer.opacity)
  }
  const clockStore = useClockStore()
  clockStore.setMode(state.clock.mode)
  clockStore.requestMonth(state.clock.month)
  const filters = useSectionFilterStore()
  filters.setCompare(state.compare)
  filters.setFilter(state.filter)
  useSelectionStore().select(state.selected)
  if (state.locale) useSettingsStore().locale = state.locale
  if (state.order) useLayerOrderStore().setOrder(state.order)
  if (map) {
    const camera = { center: state.camera.center, zoom: state.camera.zoom, bearing: state.camera.bearing, pitch: state.camera.pitch }
    if (options.animate) map.flyTo({ ...camera, essential: false })
    else map.jumpTo(camera)
  }
}

/** Reads the start URL into the stores now; returns what to do once the map is ready. */
export function useUrlState() {
  // Kept as opened: the URL is rewritten as the view changes, and the link is read again once the data is known.
  const startQuery = location.search
  const hasQuery = startQuery.length > 1
  const decoded = hasQuery ? decodeViewState(location.search, currentViewState(null)) : null
  if (decoded) {
    applyViewState(decoded.state, null)
    for (const problem of decoded.problems) console.warn(`URL: ${problem}`)
  }
  let timer: ReturnType<typeof setTimeout> | null = null
  function writeNow(map: MapLibreMap) {
    if (timer) clearTimeout(timer)
    timer = null
    const query = encodeViewState(currentViewState(map))
    const extras = new URLSearchParams(location.search)
    const keep = ['tour', 'stop', 'mode-view'].filter((key) => extras.has(key)).map((key) => `${key}=${encodeURIComponent(extras.get(key)!)}`)
    const url = `${location.pathname}${query}${keep.length ? `${query ? '&' : '?'}${keep.join('&')}` : ''}${location.hash}`
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url)
  }
  // Debounced: scrubbing the slider or dragging the map changes the view many times a second, and
  // Chromium throttles a page that calls replaceState more than about 200 times in 10 s.
  function writeSoon(map: MapLibreMap) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => writeNow(map), 250)
  }
  return {
    /** Call once the map is ready: moves the camera to the link's view and starts mirroring. */
    attach(map: MapLibreMap) {
      if (decoded) {
        applyViewState(decoded.state, map)
        void settleLink(startQuery, currentViewState, map)
      }
      map.on('moveend', () => writeSoon(map))
      // A language switch is written at once: the address outranks the remembered choice, so a reload
      // within the debounce would otherwise bring back the language just left.
      watch(
        () => currentViewState(null),
        (next, previous) => (next.locale !== previous?.locale ? writeNow(map) : writeSoon(map)),
        { deep: true },
      )
    },
  }
}
