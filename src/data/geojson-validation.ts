/**
 * Checks that a parsed JSON value is a usable FeatureCollection and keeps the features that are.
 * A bad feature is reported by its index and skipped; it never stops the other features.
 *
 * Each problem carries a `kind` and the fields its wording needs, next to `reason`, the English
 * developer text that tests and logs read. The layer panel words the problem in the planner's language
 * from the kind (components/layers/skipped-text.ts), so a new kind fails type-checking there until it is
 * worded. Structure rather than {zh, en} pairs: the same problems come from feature services too, and
 * the wording belongs with the UI's message tables.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson'

export type FeatureProblemKind =
  | 'no-geometry'
  | 'unsupported-type'
  | 'bad-coordinates'
  | 'no-id'
  | 'duplicate-id'
  /** Not a bad feature: a feature service had more features than the layer may read (feature-service.ts). */
  | 'truncated'
  /**
   * Not a bad feature: a service answered a `next` page with features already read — it ignores the
   * offset (Debian 12's MapServer 8.0.0 OGC API over PostGIS, MapServer issue #6613) — so reading stops.
   */
  | 'repeated-page'

export interface FeatureProblem {
  index: number
  kind: FeatureProblemKind
  /** English developer text (tests, logs); the UI words the problem from `kind` and the fields. */
  reason: string
  /** The value found: the geometry type, or the duplicated id. */
  value?: unknown
  /** The feature limit, for 'truncated'; the features read, for 'repeated-page'. */
  limit?: number
}

export interface ValidatedCollection {
  collection: FeatureCollection
  problems: FeatureProblem[]
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'])

function positionsAreFinite(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  if (typeof value[0] === 'number') return value.length >= 2 && value.every((n) => Number.isFinite(n))
  return value.length > 0 && value.every(positionsAreFinite)
}

function geometryProblem(geometry: unknown, index: number): FeatureProblem | null {
  if (!geometry || typeof geometry !== 'object') return { index, kind: 'no-geometry', reason: 'no geometry' }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown }
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
    return { index, kind: 'unsupported-type', reason: `unsupported geometry type ${String(type)}`, value: type }
  }
  if (!positionsAreFinite(coordinates)) return { index, kind: 'bad-coordinates', reason: 'coordinates are empty or not finite numbers' }
  return null
}

export function validateFeatureCollection(value: unknown): ValidatedCollection {
  if (!value || typeof value !== 'object' || (value as { type?: unknown }).type !== 'FeatureCollection') {
    throw new Error('not a GeoJSON FeatureCollection')
  }
  const features = (value as { features?: unknown }).features
  if (!Array.isArray(features)) throw new Error('"features" is not an array')
  const problems: FeatureProblem[] = []
  const kept: Feature<Geometry>[] = []
  const seenIds = new Set<string>()
  features.forEach((candidate: unknown, index: number) => {
    const feature = candidate as Partial<Feature>
    const problem = geometryProblem(feature?.geometry, index)
    if (problem) return problems.push(problem)
    const properties = (feature.properties ?? {}) as Record<string, unknown>
    // Files carry `properties.id`; feature services (OGC API, WFS) put the id on the feature itself.
    const id = properties.id ?? feature.id
    if (typeof id !== 'string' && typeof id !== 'number') return problems.push({ index, kind: 'no-id', reason: 'no "id" property' })
    if (seenIds.has(String(id))) return problems.push({ index, kind: 'duplicate-id', reason: `duplicate id ${String(id)}`, value: id })
    seenIds.add(String(id))
    kept.push({ type: 'Feature', id: String(id), geometry: feature.geometry as Geometry, properties: { ...properties, id: String(id) } })
  })
  return { collection: { type: 'FeatureCollection', features: kept }, problems }
}
