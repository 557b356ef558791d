/**
 * Sample polygon shapes: irregular, star-shaped (therefore simple) field-like outlines of a chosen
 * area, and a placer that keeps them inside a town and the land and away from each other.
 */
import * as turf from '@turf/turf'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import { roundGeometry } from './io.ts'
import type { Random } from './random.ts'

const METRES_PER_DEGREE_LATITUDE = 110_574

function metresPerDegreeLongitude(latitude: number): number {
  return 111_320 * Math.cos((latitude * Math.PI) / 180)
}

export interface ShapeOptions {
  /** Length / width of the outline (1 = roughly square). */
  elongation: number
  /** Radians. */
  rotation: number
  /** 4–8 corners. */
  corners: number
}

/** Unit outline (radius ≈ 1) with corners at jittered angles, stretched and turned. */
export function randomOutline(random: Random, options: ShapeOptions): Position[] {
  const { elongation, rotation, corners } = options
  const points: Position[] = []
  for (let index = 0; index < corners; index++) {
    const angle = ((index + 0.5 + random.between(-0.25, 0.25)) / corners) * 2 * Math.PI
    const radius = random.between(0.85, 1.15)
    const x = Math.cos(angle) * radius * Math.sqrt(elongation)
    const y = (Math.sin(angle) * radius) / Math.sqrt(elongation)
    points.push([x * Math.cos(rotation) - y * Math.sin(rotation), x * Math.sin(rotation) + y * Math.cos(rotation)])
  }
  return points
}

/**
 * Polygon of the unit outline centred on `centre`, scaled so that its Turf area (after rounding to
 * 1e-6°) equals `areaSquareMetres` to well under 0.01 %.
 */
export function polygonOfArea(centre: Position, outline: Position[], areaSquareMetres: number): Feature<Polygon> {
  const [longitude, latitude] = [centre[0] ?? 0, centre[1] ?? 0]
  const build = (scale: number): Feature<Polygon> => {
    const ring = outline.map(([x, y]) => [
      longitude + ((x ?? 0) * scale) / metresPerDegreeLongitude(latitude),
      latitude + ((y ?? 0) * scale) / METRES_PER_DEGREE_LATITUDE,
    ])
    const polygon = turf.polygon([[...ring, ring[0]!]])
    return { ...polygon, geometry: roundGeometry(polygon.geometry) }
  }
  let scale = Math.sqrt(areaSquareMetres)
  for (let iteration = 0; iteration < 6; iteration++) {
    scale *= Math.sqrt(areaSquareMetres / turf.area(build(scale)))
  }
  return build(scale)
}

/** Radius (km) of the circle around the centre that holds the whole polygon. */
export function reachKilometres(polygon: Feature<Polygon>, centre: Position): number {
  return Math.max(...(polygon.geometry.coordinates[0] ?? []).map((vertex) => turf.distance(centre, vertex)))
}

export interface Placed {
  centre: Position
  reach: number
}

/** True when every vertex lies inside all `within` areas and none inside the `avoid` areas. */
export function fits(
  polygon: Feature<Polygon>,
  within: Feature<Polygon | MultiPolygon>[],
  avoid: Feature<Polygon | MultiPolygon>[],
): boolean {
  const ring = polygon.geometry.coordinates[0] ?? []
  if (!ring.every((vertex) => within.every((area) => turf.booleanPointInPolygon(vertex, area)))) return false
  return !avoid.some((area) => turf.booleanIntersects(polygon, area))
}

/** Disc test: two shapes whose enclosing circles do not touch cannot overlap. */
export function clearOf(placed: readonly Placed[], centre: Position, reach: number, gapKilometres: number): boolean {
  return placed.every((other) => turf.distance(other.centre, centre) > other.reach + reach + gapKilometres)
}

export interface PlacementRequest {
  random: Random
  /** Areas the polygon must lie inside (its town and the land outline). */
  within: Feature<Polygon | MultiPolygon>[]
  /** Areas the polygon must not touch (rivers, other layers' shapes). */
  avoid: Feature<Polygon | MultiPolygon>[]
  /** Shapes of the same layer already placed (kept apart, never overlapping). */
  placed: Placed[]
  areaSquareMetres: number
  shape: ShapeOptions
  /** Optional: put the centre within this many km of a point. */
  near?: { centre: Position; kilometres: number }
  gapKilometres?: number
}

/** A polygon of the requested area at a random spot that satisfies the request; records it in `placed`. */
export function placePolygon(request: PlacementRequest): Feature<Polygon> {
  const { random, within, avoid, placed, areaSquareMetres, shape, near } = request
  const outline = randomOutline(random, shape)
  const [west, south, east, north] = near
    ? turf.bbox(turf.circle(near.centre, near.kilometres, { steps: 16 }))
    : turf.bbox(within[0]!)
  for (let attempt = 0; attempt < 2000; attempt++) {
    const centre = [random.between(west, east), random.between(south, north)]
    if (near && turf.distance(centre, near.centre) > near.kilometres) continue
    if (!within.every((area) => turf.booleanPointInPolygon(centre, area))) continue
    const polygon = polygonOfArea(centre, outline, areaSquareMetres)
    const reach = reachKilometres(polygon, centre)
    if (!clearOf(placed, centre, reach, request.gapKilometres ?? 0.05)) continue
    const bounds = turf.bboxPolygon(turf.bbox(polygon))
    const nearby = avoid.filter((area) => turf.booleanIntersects(bounds, turf.bboxPolygon(turf.bbox(area))))
    if (!fits(polygon, within, nearby)) continue
    placed.push({ centre, reach })
    return polygon
  }
  throw new Error(`no room for a ${Math.round(areaSquareMetres)} m² polygon`)
}
