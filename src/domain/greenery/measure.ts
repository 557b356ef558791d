/**
 * Lengths and areas of green-project features, computed from their geometry with Turf (geodesic on the
 * WGS84 sphere). Features without that dimension measure 0, except that a feature with no area geometry
 * (vertical greening drawn as a point) takes its declared `area_m2` property. Broken geometry (NaN
 * coordinates) measures 0 rather than poisoning a total; `validateGeometry` reports it.
 */
import { area as turfArea, length as turfLength } from '@turf/turf'
import type { Feature, Geometry } from 'geojson'
import { squareMetresToHectares, squareMetresToMu } from './units.ts'

type AnyFeature = Feature<Geometry | null>

function finiteOrZero(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0
}

function isPolygonal(geometry: Geometry | null | undefined): boolean {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon'
}

/** Length in km of a LineString/MultiLineString feature; 0 for other geometry. */
export function lengthKm(feature: AnyFeature): number {
  const geometry = feature.geometry
  if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') return 0
  try {
    return finiteOrZero(turfLength(feature as Feature<Geometry>, { units: 'kilometers' }))
  } catch {
    return 0
  }
}

/** The declared `area_m2` property when it is a non-negative number, else undefined. */
export function declaredAreaM2(feature: AnyFeature): number | undefined {
  const value: unknown = feature.properties?.area_m2
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}

/** Area in m²: the polygon's geodesic area, or the declared `area_m2` of a feature without a polygon. */
export function areaM2(feature: AnyFeature): number {
  if (!isPolygonal(feature.geometry)) return declaredAreaM2(feature) ?? 0
  try {
    return finiteOrZero(turfArea(feature as Feature<Geometry>))
  } catch {
    return 0
  }
}

export function areaHa(feature: AnyFeature): number {
  return squareMetresToHectares(areaM2(feature))
}

export function areaMu(feature: AnyFeature): number {
  return squareMetresToMu(areaM2(feature))
}
