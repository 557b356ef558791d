/**
 * What a finger's stroke on the presenter means. Only a flick turns the page: a stroke that is mostly
 * sideways, long enough and quick. A slow drag is the planner panning the map to point at something,
 * and must not jump to another stop in front of the leadership.
 */

/** The stroke must move at least this many CSS pixels sideways… */
export const SWIPE_MIN_DISTANCE = 60
/** …within this time. */
export const SWIPE_MAX_MILLISECONDS = 700

export interface Stroke {
  dx: number
  dy: number
  milliseconds: number
}

/** 'next' for a flick to the left (as turning a page), 'previous' to the right, null for anything else. */
export function swipeDirection(stroke: Stroke): 'next' | 'previous' | null {
  if (stroke.milliseconds > SWIPE_MAX_MILLISECONDS) return null
  if (Math.abs(stroke.dx) < SWIPE_MIN_DISTANCE || Math.abs(stroke.dx) <= 2 * Math.abs(stroke.dy)) return null
  return stroke.dx < 0 ? 'next' : 'previous'
}
