/**
 * Shows one tour stop on the map: its view (layers, clock, filters, selection) goes into the stores
 * through applyViewState, and the camera either moves to the stop's camera or frames the stop's
 * features. Resolves once the map has drawn the stop (its next `idle`), so export can capture it.
 */
import { toRaw } from 'vue'
import { bbox } from '@turf/turf'
import type { Feature, FeatureCollection } from 'geojson'
import { isFitCamera, stopToViewState, type TourStop } from '@/domain/tour/index.ts'
import { featureById } from '@/data/feature-registry.ts'
import { applyViewState, currentViewState } from '@/map/use-url-state.ts'
import type { MapHandle } from './map-handle.ts'

/** Default padding (CSS px) around the stop's features for a 'fit' camera. */
export const DEFAULT_FIT_PADDING = 80

/** True when the user asked the system for less motion: stops then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** [west, south, east, north] of the stop's features that are loaded, or null when none is. */
export function stopFeatureBounds(stop: TourStop): [number, number, number, number] | null {
  const features = stop.features
    .map((reference) => featureById(reference.layerId, reference.featureId))
    .filter((feature): feature is Feature => feature !== undefined && feature.geometry !== null)
  if (features.length === 0) return null
  const collection: FeatureCollection = { type: 'FeatureCollection', features }
  const [west, south, east, north] = bbox(collection) as [number, number, number, number]
  return [west, south, east, north]
}

/** Resolves at the map's next idle after everything queued now has been drawn. */
export function whenMapIdle(map: MapHandle): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve())
    map.triggerRepaint()
  })
}

export interface ApplyStopOptions {
  /** Fly there (default true); reduced-motion users always jump. */
  animate?: boolean
}

/** Applies `stop` to the stores and the map; resolves when the map is idle at the stop. */
export async function applyStop(map: MapHandle, reactiveStop: TourStop, options: ApplyStopOptions = {}): Promise<void> {
  // Stops come from a store (reactive proxies), which structuredClone in stopToViewState cannot copy.
  const stop = toRaw(reactiveStop)
  const animate = (options.animate ?? true) && !prefersReducedMotion()
  // The presenter may just have resized the map's container (full screen): measure it before framing.
  map.resize()
  const view = stopToViewState(stop, currentViewState(map))
  const bounds = isFitCamera(stop.camera) ? stopFeatureBounds(stop) : null
  // A fit camera keeps the base camera in the view state; the map frames the features below instead.
  applyViewState(view, bounds ? null : map, { animate })
  if (bounds && isFitCamera(stop.camera)) {
    const padding = stop.camera.padding ?? DEFAULT_FIT_PADDING
    const canvas = map.getCanvas()
    // Never pad more than a third of the smaller side, or a small (phone) map cannot fit at all.
    const safePadding = Math.max(0, Math.min(padding, Math.floor(Math.min(canvas.clientWidth, canvas.clientHeight) / 3)))
    map.fitBounds(
      [[bounds[0], bounds[1]], [bounds[2], bounds[3]]],
      { padding: safePadding, maxZoom: 16, bearing: 0, pitch: 0, animate, essential: false },
    )
  }
  if (map.isMoving()) await new Promise<void>((resolve) => map.once('moveend', () => resolve()))
  await whenMapIdle(map)
}
