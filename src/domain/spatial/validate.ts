/**
 * Per-feature geometry problems, so that one bad feature is reported by name and the rest still show:
 * missing or empty geometry, non-numeric or out-of-range coordinates, too few positions, unclosed rings
 * (RFC 7946 §3.1.6) and self-intersecting polygons (Turf kinks). Self-crossing lines are allowed: a
 * greenway may loop.
 */
import { kinks, polygon as turfPolygon } from '@turf/turf'
import type { Feature, Geometry, Position } from 'geojson'

export type GeometryProblemKind =
  | 'no-geometry'
  | 'unsupported-type'
  | 'empty'
  | 'not-a-number'
  | 'out-of-range'
  | 'too-few-positions'
  | 'unclosed-ring'
  | 'self-intersection'

export interface GeometryProblem {
  kind: GeometryProblemKind
  message: string
  /** Where, when one position says it (the first kink, the bad coordinate). */
  position?: Position
  /** The offending value as found (the unknown type, the broken coordinate), for the UI's own wording. */
  value?: unknown
  /** The GeoJSON type the problem was found in (empty, too few positions). */
  geometryType?: string
  /** Fewest positions the part needs: 2 for a line (RFC 7946 §3.1.4), 4 for a polygon ring (§3.1.6). */
  minimum?: number
  /** How many points the polygon crosses itself at (self-intersection). */
  crossings?: number
}

const TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.every((number) => typeof number === 'number' && Number.isFinite(number))
}

/** Every position-like leaf of a coordinates array, good or bad. */
function leaves(coordinates: unknown, depth: number): unknown[] {
  if (depth === 0) return [coordinates]
  return Array.isArray(coordinates) ? coordinates.flatMap((child: unknown) => leaves(child, depth - 1)) : [coordinates]
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }

/** Rings with exact consecutive repeats removed (Turf kinks counts a repeated vertex as a kink). */
function withoutRepeats(rings: Position[][]): Position[][] {
  return rings.map((ring) => ring.filter((position, index) => index === 0 || position[0] !== ring[index - 1]![0] || position[1] !== ring[index - 1]![1]))
}

function checkShape(geometry: Geometry, problems: GeometryProblem[]): void {
  const polygons: Position[][][] = []
  const lineTooShort = { kind: 'too-few-positions', message: 'A line needs at least 2 positions', geometryType: geometry.type, minimum: 2 } as const
  if (geometry.type === 'LineString' && geometry.coordinates.length < 2) problems.push({ ...lineTooShort })
  if (geometry.type === 'MultiLineString' && geometry.coordinates.some((line) => line.length < 2)) problems.push({ ...lineTooShort })
  if (geometry.type === 'Polygon') polygons.push(geometry.coordinates)
  if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates)
  for (const rings of polygons) {
    if (rings.length === 0 || rings.some((ring) => ring.length < 4)) {
      problems.push({ kind: 'too-few-positions', message: 'A polygon ring needs at least 4 positions', geometryType: geometry.type, minimum: 4 })
      continue
    }
    const open = rings.find((ring) => ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1])
    if (open) {
      problems.push({ kind: 'unclosed-ring', message: 'A polygon ring must end where it starts', position: open[0] })
      continue
    }
    const crossings = kinks(turfPolygon(withoutRepeats(rings))).features
    if (crossings.length > 0) {
      problems.push({
        kind: 'self-intersection',
        message: `The polygon crosses itself (${crossings.length} point${crossings.length > 1 ? 's' : ''})`,
        position: crossings[0]!.geometry.coordinates,
        crossings: crossings.length,
      })
    }
  }
}

function checkGeometry(geometry: Geometry, problems: GeometryProblem[]): void {
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries) || geometry.geometries.length === 0) problems.push({ kind: 'empty', message: 'The geometry collection is empty', geometryType: 'GeometryCollection' })
    else for (const member of geometry.geometries) checkGeometry(member, problems)
    return
  }
  const coordinates: unknown = (geometry as { coordinates?: unknown }).coordinates
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    problems.push({ kind: 'empty', message: `The ${geometry.type} has no coordinates`, geometryType: geometry.type })
    return
  }
  const positions = leaves(coordinates, DEPTH[geometry.type] ?? 0)
  const broken = positions.find((position) => !isPosition(position))
  if (broken !== undefined) {
    problems.push({ kind: 'not-a-number', message: `A coordinate is not a number pair: ${JSON.stringify(broken)}`, value: broken })
    return
  }
  const outside = (positions as Position[]).find(([longitude, latitude]) => Math.abs(longitude!) > 180 || Math.abs(latitude!) > 90)
  if (outside) problems.push({ kind: 'out-of-range', message: `Coordinate ${JSON.stringify(outside)} is outside longitude ±180 / latitude ±90`, position: outside, value: outside })
  checkShape(geometry, problems)
}

/** Every geometry problem of a feature; an empty list means it can be drawn and measured. */
export function validateGeometry(feature: Feature<Geometry | null> | null | undefined): GeometryProblem[] {
  const geometry: unknown = feature?.geometry
  if (geometry === null || geometry === undefined) return [{ kind: 'no-geometry', message: 'The feature has no geometry' }]
  const type: unknown = (geometry as { type?: unknown }).type
  if (typeof type !== 'string' || !TYPES.includes(type)) return [{ kind: 'unsupported-type', message: `Unknown geometry type ${JSON.stringify(type)}`, value: type }]
  const problems: GeometryProblem[] = []
  checkGeometry(geometry as Geometry, problems)
  return problems
}
