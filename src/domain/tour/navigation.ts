/**
 * Moving through a tour, as pure functions over (tour, index), modelled on Slidev's `useNav`
 * (next, prev, first, last, goTo, hasNext, hasPrev). Indices are 0-based everywhere in code;
 * only what a person reads or types (the "3 / 12" label, "number + Enter", the URL's `stop=`)
 * is 1-based, through `stopNumber` and `indexOfStopNumber`.
 */
import { DEFAULT_DWELL_SECONDS, type Tour, type TourStop } from './types.ts'

/** `index` moved into the tour (0 for an empty tour; non-numbers go to 0). */
export function clampStopIndex(tour: Tour, index: number): number {
  if (!Number.isFinite(index) || tour.stops.length === 0) return 0
  return Math.min(tour.stops.length - 1, Math.max(0, Math.trunc(index)))
}

export function hasNext(tour: Tour, index: number): boolean {
  return index < tour.stops.length - 1
}

export function hasPrev(tour: Tour, index: number): boolean {
  return index > 0 && tour.stops.length > 0
}

/** The next stop's index; stays on the last stop. */
export function next(tour: Tour, index: number): number {
  return clampStopIndex(tour, index + 1)
}

/** The previous stop's index; stays on the first stop. */
export function prev(tour: Tour, index: number): number {
  return clampStopIndex(tour, index - 1)
}

export function first(_tour: Tour): number {
  return 0
}

export function last(tour: Tour): number {
  return clampStopIndex(tour, tour.stops.length - 1)
}

/** Go to stop `index` (0-based), clamped into the tour. */
export function goTo(tour: Tour, index: number): number {
  return clampStopIndex(tour, index)
}

/** The number people see: index 0 is stop 1. */
export function stopNumber(index: number): number {
  return index + 1
}

/** The index of a typed stop number, or null when there is no such stop ("99 Enter" on 12 stops). */
export function indexOfStopNumber(tour: Tour, typed: number | string): number | null {
  const value = typeof typed === 'number' ? typed : Number(String(typed).trim())
  if (!Number.isInteger(value) || value < 1 || value > tour.stops.length) return null
  return value - 1
}

/** Share of the tour shown, 1/n at the first stop and 1 at the last (0 for an empty tour). */
export function progress(tour: Tour, index: number): number {
  return tour.stops.length === 0 ? 0 : (clampStopIndex(tour, index) + 1) / tour.stops.length
}

/** Seconds to stay on a stop in autoplay. */
export function dwellSecondsOf(stop: TourStop): number {
  return stop.dwellSeconds ?? DEFAULT_DWELL_SECONDS
}

/** Autoplay: the index after `index`, or null at the end (autoplay stops there). */
export function autoplayNext(tour: Tour, index: number): number | null {
  return hasNext(tour, index) ? index + 1 : null
}

/** Everything a presenter's controls show, for one position. */
export interface TourNavigation {
  index: number
  total: number
  stop: TourStop | undefined
  hasNext: boolean
  hasPrev: boolean
  progress: number
  /** "3 / 12". */
  label: string
}

export function tourNavigation(tour: Tour, index: number): TourNavigation {
  const at = clampStopIndex(tour, index)
  return {
    index: at,
    total: tour.stops.length,
    stop: tour.stops[at],
    hasNext: hasNext(tour, at),
    hasPrev: hasPrev(tour, at),
    progress: progress(tour, at),
    label: tour.stops.length === 0 ? '0 / 0' : `${stopNumber(at)} / ${tour.stops.length}`,
  }
}

/** The stops of one group, with their tour indices (for the route overview). */
export function stopsOfGroup(tour: Tour, groupId: string): { index: number; stop: TourStop }[] {
  return tour.stops.flatMap((stop, index) => (stop.group === groupId ? [{ index, stop }] : []))
}

/** The group visiting a stop. */
export function groupOfStop(tour: Tour, stop: TourStop) {
  return tour.groups.find((group) => group.id === stop.group)
}
