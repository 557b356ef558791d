/**
 * "What lies in this town / drawn area?": points inside, and lines and polygons that reach into the
 * area with the share of their length or area that lies inside. Features with unusable geometry are
 * skipped (validateGeometry says why); candidates keep their input order.
 */
import { along, area as turfArea, booleanPointInPolygon, featureCollection, intersect, length as turfLength, lineSplit, lineString } from '@turf/turf'
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { boxesOverlap, boxOf } from './bbox.ts'
import type { LayerFeature } from './types.ts'

export type WithinMeasure = 'count' | 'lengthKm' | 'areaM2'

export interface WithinResult extends LayerFeature {
  /** Part inside / whole, 0–1 (points of a MultiPoint, km of line, m² of polygon). */
  share: number
  measure: WithinMeasure
  /** Amount inside, in `measure` units. */
  inside: number
  /** Whole amount, in `measure` units. */
  total: number
}

type Area = Feature<Polygon | MultiPolygon>

function pointsInside(points: Position[], region: Area): { inside: number; total: number } {
  const inside = points.filter((position) => booleanPointInPolygon(position, region)).length
  return { inside, total: points.length }
}

/** Km of one line inside the region: split at the boundary, keep the pieces whose middle is inside. */
function lineKmInside(coordinates: Position[], region: Area): { inside: number; total: number } {
  const line = lineString(coordinates)
  const total = turfLength(line, { units: 'kilometers' })
  const pieces = lineSplit(line, region).features
  // No crossing: the line is wholly inside or wholly outside.
  const parts = pieces.length > 0 ? pieces : [line]
  let inside = 0
  for (const piece of parts) {
    const km = turfLength(piece, { units: 'kilometers' })
    if (booleanPointInPolygon(along(piece, km / 2, { units: 'kilometers' }), region)) inside += km
  }
  return { inside: Math.min(inside, total), total }
}

function polygonM2Inside(feature: Feature<Polygon | MultiPolygon>, region: Area): { inside: number; total: number } {
  const total = turfArea(feature)
  const overlap = intersect(featureCollection<Polygon | MultiPolygon>([feature, region]))
  return { inside: overlap ? Math.min(turfArea(overlap), total) : 0, total }
}

function measureInside(geometry: Geometry, region: Area): { measure: WithinMeasure; inside: number; total: number } | null {
  switch (geometry.type) {
    case 'Point':
      return { measure: 'count', ...pointsInside([geometry.coordinates], region) }
    case 'MultiPoint':
      return { measure: 'count', ...pointsInside(geometry.coordinates, region) }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates
      const sums = lines.map((line) => lineKmInside(line, region))
      return { measure: 'lengthKm', inside: sums.reduce((sum, part) => sum + part.inside, 0), total: sums.reduce((sum, part) => sum + part.total, 0) }
    }
    case 'Polygon':
    case 'MultiPolygon':
      return { measure: 'areaM2', ...polygonM2Inside({ type: 'Feature', properties: {}, geometry }, region) }
    default:
      return null
  }
}

/** Candidates that lie (partly) inside `region`, with the share inside; nothing inside = not listed. */
export function featuresWithin(region: Area, candidates: readonly LayerFeature[]): WithinResult[] {
  const results: WithinResult[] = []
  const regionBox = boxOf(region)
  if (!regionBox) return results
  for (const candidate of candidates) {
    const geometry = candidate.feature.geometry
    const box = boxOf(candidate.feature)
    if (!geometry || !box || !boxesOverlap(regionBox, box)) continue
    let measured: ReturnType<typeof measureInside>
    try {
      measured = measureInside(geometry, region)
    } catch {
      continue
    }
    if (!measured || !(measured.inside > 0) || !(measured.total > 0)) continue
    results.push({ ...candidate, ...measured, share: Math.min(1, measured.inside / measured.total) })
  }
  return results
}
