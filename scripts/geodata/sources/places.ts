/**
 * Where the sample pollution sources go: river middle lines (ordered along each river's main axis),
 * spots beside a river on land, the outlet between an enterprise and the bank, and free spots in the
 * district for the others.
 */
import * as turf from '@turf/turf'
import type { Feature, LineString, MultiLineString, Polygon, Position } from 'geojson'
import { pointsAlongRiver } from '../places.ts'
import type { Random } from '../random.ts'

/** Samples of the middle line per river; enough that a vertex sits every ~300 m on the longest river. */
const MIDDLE_LINE_SAMPLES = 121

export interface RiverGeometry {
  name: string
  polygon: Feature<Polygon>
  bank: Feature<LineString | MultiLineString>
  middle: Feature<LineString>
  /** Which way the middle line starts: E–W rivers run west → east, N–S rivers north → south. */
  startSide: 'west' | 'north'
}

export function riverGeometry(polygon: Feature<Polygon>): RiverGeometry {
  const fractions = Array.from({ length: MIDDLE_LINE_SAMPLES }, (_, index) => 0.005 + (0.99 * index) / (MIDDLE_LINE_SAMPLES - 1))
  const [west, south, east, north] = turf.bbox(polygon)
  const runsEastWest = east - west > (north - south) * Math.cos((((south + north) / 2) * Math.PI) / 180)
  return {
    name: String(polygon.properties?.name),
    polygon,
    bank: turf.polygonToLine(polygon) as Feature<LineString | MultiLineString>,
    middle: turf.lineString(pointsAlongRiver(polygon, fractions)),
    startSide: runsEastWest ? 'west' : 'north',
  }
}

export interface PlacementRules {
  land: Feature<Polygon>
  rivers: readonly RiverGeometry[]
  /** Already placed points of the same kind, kept `spacingKilometres` apart. */
  placed: Position[]
  spacingKilometres: number
}

function isFree(position: Position, rules: PlacementRules, riverClearanceKilometres: number): boolean {
  if (!turf.booleanPointInPolygon(position, rules.land)) return false
  if (rules.placed.some((other) => turf.distance(other, position) < rules.spacingKilometres)) return false
  const point = turf.point(position)
  return rules.rivers.every((river) => turf.pointToPolygonDistance(point, river.polygon) > riverClearanceKilometres)
}

/** A spot on land `from`–`to` km beside the river's middle line, clear of every river polygon. */
export function spotBesideRiver(random: Random, river: RiverGeometry, rules: PlacementRules, from: number, to: number): Position {
  const length = turf.length(river.middle)
  for (let attempt = 0; attempt < 500; attempt++) {
    const along = random.between(0.03, 0.97) * length
    const centre = turf.along(river.middle, along)
    const ahead = turf.along(river.middle, Math.min(length, along + 0.2))
    const bearing = turf.bearing(centre, ahead) + (random.next() < 0.5 ? 90 : -90)
    const position = turf.destination(centre, random.between(from, to), bearing).geometry.coordinates
    if (isFree(position, rules, 0.12)) {
      rules.placed.push(position)
      return position
    }
  }
  throw new Error(`no free spot beside ${river.name}`)
}

/** A free spot on land inside `area` (a town or the whole district). */
export function spotIn(random: Random, area: Feature<Polygon>, rules: PlacementRules): Position {
  const [west, south, east, north] = turf.bbox(area)
  for (let attempt = 0; attempt < 2000; attempt++) {
    const position = [random.between(west, east), random.between(south, north)]
    if (!turf.booleanPointInPolygon(position, area)) continue
    if (isFree(position, rules, 0.05)) {
      rules.placed.push(position)
      return position
    }
  }
  throw new Error(`no free spot in ${String(area.properties?.name)}`)
}

/** The nearest point of the river's bank to `position`. */
export function nearestBankPoint(river: RiverGeometry, position: Position): Position {
  const lines = turf.flatten(river.bank).features as Feature<LineString>[]
  let best: { position: Position; distance: number } | undefined
  for (const line of lines) {
    const nearest = turf.nearestPointOnLine(line, position)
    const distance = nearest.properties.dist ?? Infinity
    if (!best || distance < best.distance) best = { position: nearest.geometry.coordinates, distance }
  }
  return best!.position
}

/** An outlet `metres` back from the bank on the way to the enterprise, nudged sideways by `sideMetres`. */
export function outletSpot(river: RiverGeometry, enterprise: Position, metres: number, sideMetres: number): Position {
  const bank = nearestBankPoint(river, enterprise)
  const bearing = turf.bearing(bank, enterprise)
  const back = turf.destination(bank, metres / 1000, bearing)
  return turf.destination(back, Math.abs(sideMetres) / 1000, bearing + (sideMetres < 0 ? -90 : 90)).geometry.coordinates
}
