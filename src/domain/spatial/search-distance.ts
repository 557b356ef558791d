/**
 * The range of the "what lies near" search distance. Its own module so that the analysis store can clamp
 * a distance without loading the distance geometry (Turf) with the app (issue 15 §1).
 */
export const NEAR_MIN_M = 100
export const NEAR_MAX_M = 5_000

/** A search distance moved into [100 m, 5 km]; a non-number becomes the minimum. */
export function clampSearchDistance(distanceM: number): number {
  if (!Number.isFinite(distanceM)) return NEAR_MIN_M
  return Math.min(NEAR_MAX_M, Math.max(NEAR_MIN_M, distanceM))
}
