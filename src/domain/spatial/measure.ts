/**
 * The map's measuring tools: distance along a drawn path and area of a drawn ring, geodesic (Turf).
 */
import { area as turfArea, length as turfLength, lineString, polygon } from '@turf/turf'
import type { Position } from 'geojson'
import { squareMetresToHectares, squareMetresToMu } from '../greenery/units.ts'

function usable(positions: readonly Position[]): Position[] {
  return positions.filter((position) => position.length >= 2 && Number.isFinite(position[0]) && Number.isFinite(position[1]))
}

/** Km along the path through `coordinates` (0 for fewer than two usable positions). */
export function measureDistance(coordinates: readonly Position[]): number {
  const path = usable(coordinates)
  if (path.length < 2) return 0
  return turfLength(lineString(path), { units: 'kilometers' })
}

export interface AreaMeasure {
  m2: number
  ha: number
  /** 亩, 1 亩 = 666.67 m² (see greenery/units.ts). */
  mu: number
}

/** Area of the ring (closed or not; closing is added); zero for fewer than three usable positions. */
export function measureArea(ring: readonly Position[]): AreaMeasure {
  const positions = usable(ring)
  const first = positions[0]
  const last = positions.at(-1)
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) positions.push(first)
  if (positions.length < 4) return { m2: 0, ha: 0, mu: 0 }
  const m2 = turfArea(polygon([positions]))
  return { m2, ha: squareMetresToHectares(m2), mu: squareMetresToMu(m2) }
}
