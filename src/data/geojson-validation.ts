/**
 * Checks that a parsed JSON value is a usable FeatureCollection and keeps the features that are.
 * A bad feature is reported by its index and skipped; it never stops the other features.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson'

export interface FeatureProblem {
  index: number
  reason: string
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

function geometryProblem(geometry: unknown): string | null {
  if (!geometry || typeof geometry !== 'object') return 'no geometry'
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown }
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) return `unsupported geometry type ${String(type)}`
  if (!positionsAreFinite(coordinates)) return 'coordinates are empty or not finite numbers'
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
    const problem = geometryProblem(feature?.geometry)
    if (problem) return problems.push({ index, reason: problem })
    const properties = (feature.properties ?? {}) as Record<string, unknown>
    // Files carry `properties.id`; feature services (OGC API, WFS) put the id on the feature itself.
    const id = properties.id ?? feature.id
    if (typeof id !== 'string' && typeof id !== 'number') return problems.push({ index, reason: 'no "id" property' })
    if (seenIds.has(String(id))) return problems.push({ index, reason: `duplicate id ${String(id)}` })
    seenIds.add(String(id))
    kept.push({ type: 'Feature', id: String(id), geometry: feature.geometry as Geometry, properties: { ...properties, id: String(id) } })
  })
  return { collection: { type: 'FeatureCollection', features: kept }, problems }
}
