/**
 * Shows one tour stop on the map: its view (layers, clock, filters, selection) goes into the stores
 * through applyViewState, and the camera either moves to the stop's camera or frames the stop's
 * features. Resolves once the map has drawn the stop (its next `idle`), so export can capture it.
 */
import { toRaw } from 'vue'
import type { Feature } from 'geojson'
import { isFitCamera, stopToViewState, type TourStop } from '@/domain/tour/index.ts'
import { applyViewState, currentViewState } from '@/map/use-url-state.ts'
import type { MapHandle } from './map-handle.ts'
import { MAX_FIT_ZOOM, obstacleRects, stopFrame, subjectBounds } from './stop-framing.ts'

/** Default padding (CSS px) around the stop's features for a 'fit' camera. */
export const DEFAULT_FIT_PADDING = 80

/** True when the user asked the system for less motion: stops then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * [west, south, east, north] of the stop's subject that is loaded (its features, or the features of its
 * layers when it names none), or null when none is.
 */
export function stopFeatureBounds(stop: TourStop): [number, number, number, number] | null {
  return subjectBounds(stop, () => true)
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
  /**
   * The presenter's boxes over the map (caption, figures …), read after the stop's view is in the
   * stores and its text is on screen: a 'fit' stop is framed in the part of the map they leave free.
   */
  obstacles?: () => Promise<readonly Element[]>
  /** Which sections the stop's filter leaves on the map (the subject of a stop that names no feature). */
  showsSection?: (feature: Feature) => boolean
}

/** Applies `stop` to the stores and the map; resolves when the map is idle at the stop. */
export async function applyStop(map: MapHandle, reactiveStop: TourStop, options: ApplyStopOptions = {}): Promise<void> {
  // Stops come from a store (reactive proxies), which structuredClone in stopToViewState cannot copy.
  const stop = toRaw(reactiveStop)
  const animate = (options.animate ?? true) && !prefersReducedMotion()
  // The presenter may just have resized the map's container (full screen): measure it before framing.
  map.resize()
  const view = stopToViewState(stop, currentViewState(map))
  const fit = isFitCamera(stop.camera)
  // A fit camera keeps the base camera in the view state; the map frames the stop's subject below instead.
  applyViewState(view, fit ? null : map, { animate })
  const subject = fit ? subjectBounds(stop, options.showsSection ?? (() => true)) : null
  if (subject && isFitCamera(stop.camera)) {
    const elements = options.obstacles ? await options.obstacles() : []
    const frame = await stopFrame(map, subject, obstacleRects(map, elements))
    const canvas = map.getCanvas()
    // The stop's own padding is a minimum around the subject; never more than a third of the smaller side,
    // or a small (phone) map cannot fit at all.
    const extra = Math.max(0, Math.min(stop.camera.padding ?? DEFAULT_FIT_PADDING, Math.floor(Math.min(canvas.clientWidth, canvas.clientHeight) / 3)))
    const own = Math.max(0, extra - 24)
    const padding = {
      top: frame.padding.top + own / 2,
      right: frame.padding.right + own / 2,
      bottom: frame.padding.bottom + own / 2,
      left: frame.padding.left + own / 2,
    }
    // Padding larger than the map leaves nothing to frame in: fall back to the stop's own padding.
    const room = canvas.clientWidth - padding.left - padding.right > 40 && canvas.clientHeight - padding.top - padding.bottom > 40
    map.fitBounds(
      [[frame.bounds[0], frame.bounds[1]], [frame.bounds[2], frame.bounds[3]]],
      { padding: room ? padding : extra, maxZoom: MAX_FIT_ZOOM, bearing: 0, pitch: 0, animate, essential: false },
    )
  }
  if (map.isMoving()) await new Promise<void>((resolve) => map.once('moveend', () => resolve()))
  await whenMapIdle(map)
}
