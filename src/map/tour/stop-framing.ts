/**
 * The camera of a 'fit' stop (issue 12 item 2): the subject — the stop's features, or what the stop
 * shows when it names none — grown to the nearest town label and river label of the basemap, framed in the
 * part of the screen the presenter's boxes leave free (domain/tour/framing.ts).
 */
import { bbox } from '@turf/turf'
import type { Feature, FeatureCollection, GeoJSON, Point } from 'geojson'
import { featureById, layerFeatures } from '@/data/feature-registry.ts'
import { SECTIONS_LAYER_ID } from '@/domain/families/water/module.ts'
import { framingPadding, withNearestLabels, type Bounds, type LabelPoint, type Padding, type ScreenRect, type TourStop } from '@/domain/tour/index.ts'
import type { MapHandle } from './map-handle.ts'

/** Basemap sources whose points are the names a viewer orients by. */
const LABEL_SOURCES = ['town-labels', 'river-labels']

/** Never closer than this even when there is no label to include (an online basemap). */
export const MAX_FIT_ZOOM = 13

function boundsOf(features: readonly Feature[]): Bounds | null {
  const drawn = features.filter((feature) => feature.geometry !== null)
  if (drawn.length === 0) return null
  const collection: FeatureCollection = { type: 'FeatureCollection', features: drawn }
  return bbox(collection) as Bounds
}

/**
 * The features a stop is about: those it names, or, for a stop that names none, every feature of its
 * visible layers (`shownSections` filters the sections to the ones the stop's filter leaves on the map).
 */
export function stopSubject(stop: TourStop, shownSections: (feature: Feature) => boolean): Feature[] {
  const named = stop.features
    .map((reference) => featureById(reference.layerId, reference.featureId))
    .filter((feature): feature is Feature => feature !== undefined)
  if (stop.features.length > 0) return named
  return stop.layers.flatMap((layerId) => {
    const features = layerFeatures(layerId)
    return layerId === SECTIONS_LAYER_ID ? features.filter(shownSections) : [...features]
  })
}

/** [west, south, east, north] of the stop's subject, or null when none of it is loaded. */
export function subjectBounds(stop: TourStop, shownSections: (feature: Feature) => boolean): Bounds | null {
  return boundsOf(stopSubject(stop, shownSections))
}

/** The label points of each label source (towns, rivers). */
async function labelPoints(map: MapHandle): Promise<LabelPoint[][]> {
  const kinds: LabelPoint[][] = []
  for (const id of LABEL_SOURCES) {
    const points: LabelPoint[] = []
    kinds.push(points)
    const source = map.getSource(id) as { getData?: () => Promise<GeoJSON> } | undefined
    if (!source?.getData) continue
    try {
      const data = await source.getData()
      if (data.type !== 'FeatureCollection') continue
      for (const feature of data.features) {
        if (feature.geometry?.type === 'Point') points.push((feature.geometry as Point).coordinates.slice(0, 2) as LabelPoint)
      }
    } catch {
      // A basemap without its labels (still loading, or an online basemap): frame without them.
    }
  }
  return kinds
}

/** Rectangles of `elements` relative to the map's canvas. */
export function obstacleRects(map: MapHandle, elements: readonly Element[]): ScreenRect[] {
  const canvas = map.getCanvas().getBoundingClientRect()
  return elements.map((element) => {
    const rect = element.getBoundingClientRect()
    return { left: rect.left - canvas.left, top: rect.top - canvas.top, right: rect.right - canvas.left, bottom: rect.bottom - canvas.top }
  }).filter((rect) => rect.right > rect.left && rect.bottom > rect.top)
}

export interface StopFrame {
  bounds: Bounds
  padding: Padding
}

/** Bounds and padding for fitBounds: the subject with its nearest label, clear of `obstacles`. */
export async function stopFrame(map: MapHandle, subject: Bounds, obstacles: readonly ScreenRect[]): Promise<StopFrame> {
  const bounds = withNearestLabels(subject, await labelPoints(map))
  const canvas = map.getCanvas()
  const south = map.project([bounds[0], bounds[1]])
  const north = map.project([bounds[2], bounds[3]])
  const aspect = Math.max(1, Math.abs(north.x - south.x)) / Math.max(1, Math.abs(south.y - north.y))
  return { bounds, padding: framingPadding(canvas.clientWidth, canvas.clientHeight, obstacles, aspect) }
}
