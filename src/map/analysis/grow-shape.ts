/**
 * The near-radius ring around a line or an area: Turf's buffer (JSTS in an azimuthal equidistant
 * projection centred on the shape). It is the largest piece of the analysis code (≈ 55 KB gzip with
 * d3-geo), so it is its own chunk, loaded the first time a line or an area is asked about (issue 15 §1).
 */
import { buffer } from '@turf/turf'
import type { Feature, Geometry } from 'geojson'

export function growShape(target: Feature<Geometry>, metres: number): Geometry | null {
  const grown = buffer(target, metres / 1000, { units: 'kilometers' })
  return grown ? grown.geometry : null
}

export type GrowShape = typeof growShape
