/** Bounding-box helpers: a cheap first test before Turf's exact (and slower) geometry operations. */
import { bbox } from '@turf/turf'
import type { BBox, Feature, Geometry } from 'geojson'

const METRES_PER_DEGREE = 111_195

/** [west, south, east, north] of a feature, or null when its geometry is missing or broken. */
export function boxOf(feature: Feature<Geometry | null>): BBox | null {
  if (!feature.geometry) return null
  try {
    const box = bbox(feature as Feature<Geometry>)
    return box.every(Number.isFinite) ? (box.slice(0, 4) as BBox) : null
  } catch {
    return null
  }
}

/** The box grown by `metres` on every side (generous in longitude, so it never drops a true hit). */
export function growBox([west, south, east, north]: BBox, metres: number): BBox {
  const latitude = Math.min(89, Math.max(Math.abs(south), Math.abs(north)))
  const dLatitude = metres / METRES_PER_DEGREE
  const dLongitude = metres / (METRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180))
  return [west - dLongitude, south - dLatitude, east + dLongitude, north + dLatitude]
}

export function boxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}
