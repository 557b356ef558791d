/**
 * Shortest distance in metres between two GeoJSON geometries of any kind: 0 when they touch or overlap
 * (a point inside a polygon, crossing lines), otherwise the smallest vertex-to-geometry distance taken
 * both ways. For two segments that do not cross, the closest pair always has an endpoint of one of
 * them, so checking every vertex of each against the other is exact (up to Turf's geodesic maths).
 */
import { booleanIntersects, distance as turfDistance, lineString, point, pointToLineDistance } from '@turf/turf'
import type { Feature, Geometry, Position } from 'geojson'

interface Parts {
  points: Position[]
  /** Lines, and every polygon ring as a closed line. */
  lines: Position[][]
}

function collect(geometry: Geometry, parts: Parts): void {
  switch (geometry.type) {
    case 'Point':
      parts.points.push(geometry.coordinates)
      break
    case 'MultiPoint':
      parts.points.push(...geometry.coordinates)
      break
    case 'LineString':
      parts.lines.push(geometry.coordinates)
      break
    case 'MultiLineString':
    case 'Polygon':
      parts.lines.push(...geometry.coordinates)
      break
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) parts.lines.push(...polygon)
      break
    case 'GeometryCollection':
      for (const member of geometry.geometries) collect(member, parts)
      break
  }
}

function partsOf(geometry: Geometry): Parts {
  const parts: Parts = { points: [], lines: [] }
  collect(geometry, parts)
  return parts
}

function vertices(parts: Parts): Position[] {
  return [...parts.points, ...parts.lines.flat()]
}

/** Metres from a position to the nearest point, line or ring of `parts`. */
function positionToPartsM(position: Position, parts: Parts): number {
  let nearest = Infinity
  for (const other of parts.points) nearest = Math.min(nearest, turfDistance(position, other, { units: 'meters' }))
  for (const line of parts.lines) {
    if (line.length === 1) nearest = Math.min(nearest, turfDistance(position, line[0]!, { units: 'meters' }))
    if (line.length >= 2) nearest = Math.min(nearest, pointToLineDistance(point(position), lineString(line), { units: 'meters' }))
  }
  return nearest
}

/** Shortest distance in metres between two geometries (0 when they intersect); NaN if unmeasurable. */
export function geometryDistanceM(a: Geometry, b: Geometry): number {
  const asFeature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry })
  if (booleanIntersects(asFeature(a), asFeature(b))) return 0
  const partsA = partsOf(a)
  const partsB = partsOf(b)
  let nearest = Infinity
  for (const position of vertices(partsA)) nearest = Math.min(nearest, positionToPartsM(position, partsB))
  for (const position of vertices(partsB)) nearest = Math.min(nearest, positionToPartsM(position, partsA))
  return Number.isFinite(nearest) ? nearest : Number.NaN
}
