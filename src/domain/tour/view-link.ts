/**
 * Tour stops ⇄ view states: a stop becomes a view (and therefore a URL through encodeViewState
 * plus `&tour=<id>&stop=<n>`), and the current explore view becomes a stop ("add this view as a
 * stop").
 */
import { emptyFilter } from '../filters/section-filter.ts'
import { encodeViewState } from '../view-state/encode.ts'
import { decodeItem, splitQuery } from '../view-state/query.ts'
import type { ViewState } from '../view-state/types.ts'
import { clampStopIndex, indexOfStopNumber, stopNumber } from './navigation.ts'
import { isFitCamera, type StopCamera, type Tour, type TourStop } from './types.ts'

/**
 * The view a stop shows, on top of `base` (the app's default view: its layer catalogue, camera
 * and locale). Everything the stop names replaces the base: visible layers, clock, filter (a stop
 * without a filter shows everything), comparison, and the selected feature (the stop's first).
 * A 'fit' camera keeps the base camera here; the map then frames the stop's features.
 * Layers the stop names that the catalogue does not know are appended, visible.
 */
export function stopToViewState(stop: TourStop, base: ViewState): ViewState {
  const visible = new Set(stop.layers)
  const known = new Set(base.layers.map((layer) => layer.id))
  const layers = [
    ...base.layers.map((layer) => ({ ...layer, visible: visible.has(layer.id) })),
    ...stop.layers.filter((id) => !known.has(id)).map((id) => ({ id, visible: true, opacity: 1 })),
  ]
  const camera = isFitCamera(stop.camera) ? base.camera : stop.camera
  const state: ViewState = {
    camera: structuredClone(camera),
    layers,
    clock: { ...stop.clock },
    compare: stop.compare ?? 'none',
    filter: structuredClone(stop.filter ?? emptyFilter()),
    selected: stop.features[0] ? { ...stop.features[0] } : null,
  }
  if (base.locale !== undefined) state.locale = base.locale
  return state
}

/** The part of a stop a person writes; the rest is captured from the view. */
export interface StopDetails {
  id?: string
  title: string
  caption?: string
  group: string
  photos?: string[]
  dwellSeconds?: number
  /** Use 'fit' instead of the exact camera (the stop then frames its features). */
  fit?: boolean
}

/**
 * "Add this view as a stop": captures camera, visible layers, clock, filter, comparison and the
 * selected feature (as the stop's feature) from an explore view.
 */
export function stopFromViewState(view: ViewState, details: StopDetails): TourStop {
  const camera: StopCamera = details.fit ? { fit: true } : structuredClone(view.camera)
  const stop: TourStop = {
    id: details.id ?? '',
    title: details.title,
    caption: details.caption ?? '',
    group: details.group,
    features: view.selected ? [{ ...view.selected }] : [],
    camera,
    layers: view.layers.filter((layer) => layer.visible).map((layer) => layer.id),
    clock: { ...view.clock },
    filter: structuredClone(view.filter),
  }
  if (view.compare !== 'none') stop.compare = view.compare
  if (details.photos && details.photos.length > 0) stop.photos = [...details.photos]
  if (details.dwellSeconds !== undefined) stop.dwellSeconds = details.dwellSeconds
  return stop
}

/** Where in which tour a URL points. `index` is 0-based. */
export interface TourLocation {
  tourId: string
  index: number
}

/** The URL query of a stop: its view plus `&tour=<id>&stop=<n>` (n 1-based, as people count). */
export function stopPermalink(tour: Tour, index: number, base: ViewState): string {
  const at = clampStopIndex(tour, index)
  const stop = tour.stops[at]
  const view = stop ? encodeViewState(stopToViewState(stop, base)) : ''
  const location = `tour=${encodeURIComponent(tour.id)}&stop=${stopNumber(at)}`
  return view === '' ? `?${location}` : `${view}&${location}`
}

/**
 * Read `tour` and `stop` from a query (or from the `extras` of decodeViewState). Null when no
 * tour is named; a missing or unusable stop number means the first stop.
 */
export function readTourLocation(query: string | Record<string, string>, tour?: Tour): TourLocation | null {
  const values = typeof query === 'string'
    ? Object.fromEntries([...splitQuery(query)].map(([key, raw]) => [key, decodeItem(raw)]))
    : query
  const tourId = values.tour?.trim()
  if (!tourId) return null
  const typed = Number(values.stop)
  if (tour === undefined) return { tourId, index: Number.isInteger(typed) && typed >= 1 ? typed - 1 : 0 }
  return { tourId, index: indexOfStopNumber(tour, values.stop ?? '') ?? 0 }
}
