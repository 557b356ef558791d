/**
 * "Why is this section failing?": the outlets (and so the enterprises) that discharge into the same
 * river within a distance of the section, measured ALONG the river's middle line, not as the crow flies.
 * Fengxian's plain river network is tidal and run by sluices, so which way the water flows is not known
 * (it can reverse within a day): the answer lists both directions, each side by its geographic end
 * (west/east or north/south), and never calls one of them upstream.
 */
import { nearestPointOnLine } from '@turf/turf'
import type { Feature, LineString, Position } from 'geojson'

export type LineEnd = 'west' | 'east' | 'north' | 'south'

export interface RiverLine {
  /** River name, as in the sections' and outlets' `river`. */
  name: string
  coordinates: Position[]
  /** The geographic end where the line starts (west or north); the other end is east or south. */
  startSide: 'west' | 'north'
}

export interface OutletSite {
  id: string
  enterprise: string
  river: string
  position: Position
}

export interface NearbyOutlet {
  outlet: string
  enterprise: string
  /** Distance along the river from the section, km. */
  alongKilometres: number
}

export interface PossibleSources {
  river: string
  /** False when the river has no middle line (a river without geometry): nothing can be measured. */
  measurable: boolean
  /** Outlets towards the line's start and its end, nearest first; each side named by `sides`. */
  towardStart: NearbyOutlet[]
  towardEnd: NearbyOutlet[]
  sides: { start: LineEnd; end: LineEnd }
  /** The enterprises of those outlets, nearest first, each once. */
  enterprises: string[]
}

function sidesOf(line: RiverLine): { start: LineEnd; end: LineEnd } {
  return line.startSide === 'west' ? { start: 'west', end: 'east' } : { start: 'north', end: 'south' }
}

/** Km from the line's start to the point of the line nearest to `position`. */
export function positionAlong(line: Feature<LineString> | Position[], position: Position): number {
  const feature: Feature<LineString> = Array.isArray(line) ? { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } } : line
  return nearestPointOnLine(feature, position, { units: 'kilometers' }).properties.location ?? 0
}

/**
 * The outlets on `river` within `maxKilometres` along the river of the section at `section`, on both
 * sides. A section on a river without a line is answered with `measurable: false` and empty lists.
 */
export function possibleSources(
  section: { river: string; position: Position },
  lines: readonly RiverLine[],
  outlets: readonly OutletSite[],
  maxKilometres: number,
): PossibleSources {
  const line = lines.find((candidate) => candidate.name === section.river)
  if (!line) return { river: section.river, measurable: false, towardStart: [], towardEnd: [], sides: { start: 'west', end: 'east' }, enterprises: [] }
  const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line.coordinates } }
  const origin = positionAlong(feature, section.position)
  const towardStart: NearbyOutlet[] = []
  const towardEnd: NearbyOutlet[] = []
  for (const outlet of outlets) {
    if (outlet.river !== section.river) continue
    const offset = positionAlong(feature, outlet.position) - origin
    if (Math.abs(offset) > maxKilometres) continue
    const entry = { outlet: outlet.id, enterprise: outlet.enterprise, alongKilometres: Math.abs(offset) }
    ;(offset < 0 ? towardStart : towardEnd).push(entry)
  }
  const byDistance = (a: NearbyOutlet, b: NearbyOutlet) => a.alongKilometres - b.alongKilometres || a.outlet.localeCompare(b.outlet)
  towardStart.sort(byDistance)
  towardEnd.sort(byDistance)
  const enterprises = [...new Set([...towardStart, ...towardEnd].sort(byDistance).map((entry) => entry.enterprise))]
  return { river: section.river, measurable: true, towardStart, towardEnd, sides: sidesOf(line), enterprises }
}
