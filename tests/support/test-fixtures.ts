/**
 * Test support: small hand-made geometries near 南桥 (121.47 E, 30.92 N), built from metre offsets so
 * that expected lengths and areas are known without asking Turf. Uses Turf's earth radius
 * (6 371 008.8 m); at these sizes the flat offsets are exact to well under 0.1 %.
 */
import type { Feature, LineString, Point, Polygon, Position } from 'geojson'
import { deepFreeze } from './deep-freeze.ts'

export const ORIGIN: Position = [121.47, 30.92]
const METRES_PER_DEGREE_LATITUDE = (Math.PI * 6_371_008.8) / 180

/** The position `east` and `north` metres from ORIGIN. */
export function at(east: number, north: number): Position {
  const metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos((ORIGIN[1]! * Math.PI) / 180)
  return [ORIGIN[0]! + east / metresPerDegreeLongitude, ORIGIN[1]! + north / METRES_PER_DEGREE_LATITUDE]
}

type Properties = Record<string, unknown>

export function pointAt(east: number, north: number, properties: Properties = {}): Feature<Point> {
  return deepFreeze({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at(east, north) } })
}

/** A line through metre offsets [[east, north], …]. */
export function lineThrough(offsets: [number, number][], properties: Properties = {}): Feature<LineString> {
  return deepFreeze({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: offsets.map(([east, north]) => at(east, north)) } })
}

/** An axis-aligned rectangle from (west, south) to (east, north), metres from ORIGIN. */
export function rectangle(west: number, south: number, east: number, north: number, properties: Properties = {}): Feature<Polygon> {
  const ring = [at(west, south), at(east, south), at(east, north), at(west, north), at(west, south)]
  return deepFreeze({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } })
}
