/**
 * "What is near this feature?": every candidate within a search distance of the target, nearest first.
 * The distance is kept between 100 m and 5 km, the range the issue (#4) gives the planners' slider.
 */
import type { Feature, Geometry } from 'geojson'
import { boxesOverlap, boxOf, growBox } from './bbox.ts'
import { geometryDistanceM } from './distance.ts'
import type { LayerFeature } from './types.ts'
import { clampSearchDistance, NEAR_MAX_M, NEAR_MIN_M } from './search-distance.ts'

export { NEAR_MIN_M, NEAR_MAX_M, clampSearchDistance }

export interface NearResult extends LayerFeature {
  distanceM: number
}

export interface NearOptions {
  /** Layer of the target: a candidate of that layer with the same id is the target itself. */
  targetLayerId?: string
}

function idOf(feature: Feature<Geometry | null>): unknown {
  return feature.id ?? feature.properties?.id
}

function isTarget(target: Feature<Geometry | null>, candidate: LayerFeature, options: NearOptions): boolean {
  if (candidate.feature === target) return true
  const id = idOf(target)
  return options.targetLayerId === candidate.layerId && id !== undefined && id === idOf(candidate.feature)
}

/**
 * Candidates within `distanceM` (clamped to 100 m – 5 km) of the target, sorted by distance in metres
 * (0 for touching or overlapping features). The target itself and features with unusable geometry
 * are left out; the candidate list is not changed.
 */
export function featuresNear(
  target: Feature<Geometry | null>,
  candidates: readonly LayerFeature[],
  distanceM: number,
  options: NearOptions = {},
): NearResult[] {
  const radius = clampSearchDistance(distanceM)
  const targetBox = boxOf(target)
  if (!targetBox || !target.geometry) return []
  const searchBox = growBox(targetBox, radius)
  const results: (NearResult & { position: number })[] = []
  candidates.forEach((candidate, position) => {
    if (isTarget(target, candidate, options)) return
    const box = boxOf(candidate.feature)
    if (!box || !candidate.feature.geometry || !boxesOverlap(searchBox, box)) return
    let metres: number
    try {
      metres = geometryDistanceM(target.geometry as Geometry, candidate.feature.geometry)
    } catch {
      return
    }
    if (Number.isFinite(metres) && metres <= radius) results.push({ ...candidate, distanceM: metres, position })
  })
  return results
    .sort((a, b) => a.distanceM - b.distanceM || a.position - b.position)
    .map(({ layerId, feature, distanceM: metres }) => ({ layerId, feature, distanceM: metres }))
}
