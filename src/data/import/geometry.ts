// Validates one raw geometry, converts its positions to WGS84 and repairs what can be repaired
// without guessing: unclosed rings are closed and ring winding follows the RFC 7946 §3.1.6
// right-hand rule (exterior counter-clockwise, holes clockwise). Everything else that is wrong
// (empty, NaN/Infinity, out of range after conversion, too few positions) rejects the feature with a
// reason. Self-intersections are legal to store but wrong to measure, so they only warn (turf kinks).
import { kinks } from '@turf/turf'
import type { Geometry, Position } from 'geojson'
import { ImportProblem, bilingual } from './errors.ts'
import { importLimits } from './limits.ts'
import type { ToWgs84 } from './crs/projection.ts'

export interface GeometryStats {
  vertices: number
  ringsClosed: number
  ringsRewound: number
  selfIntersecting: number[]
  kinksSkipped: number
  /** Segment pairs spent on self-intersection checks so far (bounded by importLimits.maxKinksPairs). */
  kinksPairs: number
  types: Map<string, number>
}

export function createGeometryStats(): GeometryStats {
  return { vertices: 0, ringsClosed: 0, ringsRewound: 0, selfIntersecting: [], kinksSkipped: 0, kinksPairs: 0, types: new Map() }
}

class Rejection extends Error {}

function reject(zh: string, en: string): never {
  throw new Rejection(bilingual(zh, en))
}

interface Context {
  convert: ToWgs84
  stats: GeometryStats
}

function position(raw: unknown, context: Context): Position {
  if (!Array.isArray(raw) || raw.length < 2) reject('坐标不是 [x, y] 数组', 'a position is not an [x, y] array')
  context.stats.vertices += 1
  if (context.stats.vertices > importLimits.maxVertices) {
    throw new ImportProblem(
      'too-large',
      `顶点超过 ${importLimits.maxVertices.toLocaleString('en-US')} 个，超出一次导入的上限，请先简化或分块`,
      `more than ${importLimits.maxVertices.toLocaleString('en-US')} vertices, over the limit for one import; simplify or split the data`,
    )
  }
  const [x, y, z] = raw as unknown[]
  if (typeof x !== 'number' || typeof y !== 'number') reject('坐标值不是数字', 'a coordinate is not a number')
  if (!Number.isFinite(x) || !Number.isFinite(y)) reject('坐标含 NaN 或无穷大', 'a coordinate is NaN or Infinity')
  const [lon, lat] = context.convert(x, y)
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    reject('换算后坐标超出经纬度范围（坐标系是否选对？）', 'position out of range after conversion (is the coordinate system right?)')
  }
  return typeof z === 'number' && Number.isFinite(z) ? [lon, lat, z] : [lon, lat]
}

function positions(raw: unknown, context: Context, minimum: number, what: string): Position[] {
  if (!Array.isArray(raw)) reject(`${what}坐标格式错误`, `${what === '线' ? 'line' : 'ring'} coordinates are not an array`)
  const out = raw.map((item) => position(item, context))
  if (out.length < minimum) reject(`${what}的顶点少于 ${minimum} 个`, `${what === '线' ? 'line' : 'ring'} has fewer than ${minimum} positions`)
  return out
}

function list(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) reject('坐标格式错误', 'coordinates are not an array')
  if (raw.length === 0) reject('几何为空', 'empty geometry')
  return raw
}

/** Signed area by the shoelace formula; positive means counter-clockwise in lon/lat. */
function signedArea(ring: Position[]): number {
  let sum = 0
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index] as Position
    const [x2, y2] = ring[index + 1] as Position
    sum += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number)
  }
  return sum / 2
}

function ring(raw: unknown, exterior: boolean, context: Context): Position[] {
  const out = positions(raw, context, 3, '面的边界环')
  const first = out[0] as Position
  const last = out[out.length - 1] as Position
  if (first[0] !== last[0] || first[1] !== last[1]) {
    out.push([...first])
    context.stats.ringsClosed += 1
  }
  if (out.length < 4) reject('面的边界环顶点太少（闭合后少于 4 个）', 'ring has fewer than 4 positions once closed')
  // A zero net area means a degenerate or a symmetric bow-tie ring: nothing to orient, kinks will warn.
  const area = signedArea(out)
  if (area !== 0 && area > 0 !== exterior) {
    out.reverse()
    context.stats.ringsRewound += 1
  }
  return out
}

function polygon(raw: unknown, context: Context): Position[][] {
  return list(raw).map((item, index) => ring(item, index === 0, context))
}

function build(raw: unknown, context: Context, depth: number): Geometry {
  if (raw === null || typeof raw !== 'object') reject('没有几何', 'no geometry')
  const { type, coordinates, geometries } = raw as { type?: unknown; coordinates?: unknown; geometries?: unknown }
  switch (type) {
    case 'Point':
      return { type, coordinates: position(coordinates, context) }
    case 'MultiPoint':
      return { type, coordinates: list(coordinates).map((item) => position(item, context)) }
    case 'LineString':
      return { type, coordinates: positions(coordinates, context, 2, '线') }
    case 'MultiLineString':
      return { type, coordinates: list(coordinates).map((item) => positions(item, context, 2, '线')) }
    case 'Polygon':
      return { type, coordinates: polygon(coordinates, context) }
    case 'MultiPolygon':
      return { type, coordinates: list(coordinates).map((item) => polygon(item, context)) }
    case 'GeometryCollection':
      if (depth > 2) reject('几何集合嵌套过深', 'geometry collections nested too deeply')
      return { type, geometries: list(geometries).map((item) => build(item, context, depth + 1)) }
    default:
      return reject(`未知的几何类型「${String(type).slice(0, 40)}」`, `unknown geometry type "${String(type).slice(0, 40)}"`)
  }
}

function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0
  if (typeof coordinates[0] === 'number') return 1
  return coordinates.reduce((sum: number, item: unknown) => sum + countPositions(item), 0)
}

/**
 * turf kinks compares every segment with every other: O(n²) in the polygon's vertices. Polygons above
 * maxKinksVertices, and every polygon once the import has spent maxKinksPairs, are counted as not
 * checked (the report says how many), so the total stays bounded whatever the input.
 */
function checkKinks(geometry: Geometry, index: number, stats: GeometryStats): void {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return
  const vertices = countPositions(geometry.coordinates)
  if (vertices > importLimits.maxKinksVertices || stats.kinksPairs + vertices * vertices > importLimits.maxKinksPairs) {
    stats.kinksSkipped += 1
    return
  }
  stats.kinksPairs += vertices * vertices
  if (kinks(geometry).features.length > 0) stats.selfIntersecting.push(index)
}

export type GeometryOutcome = { geometry: Geometry } | { reason: string }

/** Validate, convert and repair one geometry. Throws ImportProblem only when a whole-file limit is hit. */
export function normaliseGeometry(raw: unknown, convert: ToWgs84, stats: GeometryStats, index: number): GeometryOutcome {
  try {
    const geometry = build(raw, { convert, stats }, 0)
    stats.types.set(geometry.type, (stats.types.get(geometry.type) ?? 0) + 1)
    checkKinks(geometry, index, stats)
    return { geometry }
  } catch (error) {
    if (error instanceof Rejection) return { reason: error.message }
    throw error
  }
}
