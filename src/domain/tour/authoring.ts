/**
 * Editing a tour as pure updates (kepler.gl "updaters"): each returns a new tour and never
 * changes its input, so undo and "work in progress survives a reload" are simple copies.
 * Indices are 0-based; out-of-range indices leave the tour unchanged (same object), so a stale
 * click cannot corrupt a tour.
 */
import type { Tour, TourStop } from './types.ts'

/** The first 'stop-N' id not used in the tour. */
export function newStopId(tour: Tour): string {
  const used = new Set(tour.stops.map((stop) => stop.id))
  let number = tour.stops.length + 1
  while (used.has(`stop-${number}`)) number += 1
  return `stop-${number}`
}

/** Index of the stop with this id, or -1. */
export function stopIndexById(tour: Tour, stopId: string): number {
  return tour.stops.findIndex((stop) => stop.id === stopId)
}

/**
 * Insert a stop at `atIndex` (clamped; default: at the end). A stop whose id is empty or already
 * used gets a fresh id, so stop ids stay unique.
 */
export function addStop(tour: Tour, stop: TourStop, atIndex = tour.stops.length): Tour {
  const id = stop.id && stopIndexById(tour, stop.id) < 0 ? stop.id : newStopId(tour)
  const at = Math.min(tour.stops.length, Math.max(0, Number.isFinite(atIndex) ? Math.trunc(atIndex) : tour.stops.length))
  const stops = [...tour.stops]
  stops.splice(at, 0, { ...stop, id })
  return { ...tour, stops }
}

/** Move the stop at `from` to position `to` (drag and drop in the stop list). */
export function moveStop(tour: Tour, from: number, to: number): Tour {
  const count = tour.stops.length
  if (!Number.isInteger(from) || from < 0 || from >= count || !Number.isInteger(to)) return tour
  const target = Math.min(count - 1, Math.max(0, to))
  if (target === from) return tour
  const stops = [...tour.stops]
  const [moved] = stops.splice(from, 1)
  if (moved === undefined) return tour
  stops.splice(target, 0, moved)
  return { ...tour, stops }
}

/** Change fields of the stop at `index`; its id cannot be changed this way. */
export function updateStop(tour: Tour, index: number, changes: Partial<Omit<TourStop, 'id'>>): Tour {
  const stop = tour.stops[index]
  if (stop === undefined) return tour
  const stops = [...tour.stops]
  stops[index] = { ...stop, ...changes, id: stop.id }
  return { ...tour, stops }
}

/** Remove the stop at `index`. */
export function removeStop(tour: Tour, index: number): Tour {
  if (tour.stops[index] === undefined) return tour
  return { ...tour, stops: tour.stops.filter((_stop, at) => at !== index) }
}

/** Change the tour's title, date, description or groups. */
export function updateTour(tour: Tour, changes: Partial<Omit<Tour, 'stops'>>): Tour {
  return { ...tour, ...changes, stops: tour.stops }
}

/** A new, empty tour with one group (the author's). */
export function createTour(id: string, title: string, date: string): Tour {
  return { id, title, date, groups: [{ id: 'group-1', name: '第一组' }], stops: [] }
}
