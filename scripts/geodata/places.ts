/**
 * Geometry helpers shared by the basemap and the sample layers: label points inside polygons, points
 * spread along a thin river polygon, and "which town is this in" (computed, never typed).
 */
import * as turf from '@turf/turf'
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson'

type Area = Feature<Polygon | MultiPolygon>

/**
 * A point well inside a polygon: the centre of a grid of candidates that lies farthest from the edge
 * (a coarse pole of inaccessibility), so labels never sit on a boundary or outside a concave shape.
 */
export function labelPoint(area: Area, gridSize = 40): Position {
  const [west, south, east, north] = turf.bbox(area)
  // One LineString per ring, so holes and multi-part shapes count as edges too.
  const edges = turf.flatten(turf.polygonToLine(area)).features as Feature<LineString>[]
  let best: { position: Position; distance: number } | undefined
  for (let row = 0; row <= gridSize; row++) {
    for (let column = 0; column <= gridSize; column++) {
      const position = [west + ((east - west) * column) / gridSize, south + ((north - south) * row) / gridSize]
      if (!turf.booleanPointInPolygon(position, area)) continue
      const distance = Math.min(...edges.map((edge) => turf.pointToLineDistance(position, edge)))
      if (!best || distance > best.distance) best = { position, distance }
    }
  }
  return best?.position ?? turf.pointOnFeature(area).geometry.coordinates
}

/**
 * Points inside a long, thin polygon (a river), ordered along its main axis. Each point is the middle
 * of one crossing of a cut line drawn across the axis, so it lies between the two banks.
 */
export function pointsAlongRiver(river: Feature<Polygon>, fractions: readonly number[]): Position[] {
  const [west, south, east, north] = turf.bbox(river)
  const runsEastWest = east - west > (north - south) * Math.cos((((south + north) / 2) * Math.PI) / 180)
  const boundary = turf.polygonToLine(river) as Feature<LineString | MultiLineString>
  return fractions.map((fraction) => {
    // Try the requested cut first, then nudge it until a clean crossing is found.
    for (let attempt = 0; attempt < 40; attempt++) {
      const nudge = (attempt % 2 === 0 ? 1 : -1) * Math.ceil(attempt / 2) * 0.002
      const at = Math.min(0.995, Math.max(0.005, fraction + nudge))
      const cut = runsEastWest
        ? turf.lineString([[west + (east - west) * at, south - 0.01], [west + (east - west) * at, north + 0.01]])
        : turf.lineString([[west - 0.01, north - (north - south) * at], [east + 0.01, north - (north - south) * at]])
      const crossings = turf.lineIntersect(cut, boundary).features.map((point) => point.geometry.coordinates)
      crossings.sort((a, b) => (runsEastWest ? (a[1] ?? 0) - (b[1] ?? 0) : (a[0] ?? 0) - (b[0] ?? 0)))
      for (let index = 0; index + 1 < crossings.length; index += 2) {
        const [first, second] = [crossings[index], crossings[index + 1]]
        if (!first || !second) continue
        const middle = [((first[0] ?? 0) + (second[0] ?? 0)) / 2, ((first[1] ?? 0) + (second[1] ?? 0)) / 2]
        if (turf.booleanPointInPolygon(middle, river)) return middle
      }
    }
    throw new Error(`no point inside ${String(river.properties?.name)} at ${fraction}`)
  })
}

export interface TownLocator {
  /** Current name of the town containing the point (nearest town if it falls in a sliver between towns). */
  townOfPoint(position: Position): string
  /** Current name of the town with the largest overlap with the area. */
  townOfArea(area: Area): string
  /** Current name of the town holding most of a line's length (by its vertices and midpoints). */
  townOfLine(line: Position[]): string
}

export function townLocator(towns: Feature<Polygon | MultiPolygon>[]): TownLocator {
  const nameOf = (town: Feature): string => String(town.properties?.name)
  const townOfPoint = (position: Position): string => {
    const inside = towns.find((town) => turf.booleanPointInPolygon(position, town))
    if (inside) return nameOf(inside)
    const point: Feature<Point> = turf.point(position)
    const ranked = towns
      .map((town) => ({ town, distance: Math.abs(turf.pointToPolygonDistance(point, town)) }))
      .sort((a, b) => a.distance - b.distance)
    return nameOf(ranked[0]!.town)
  }
  const townOfArea = (area: Area): string => {
    let best = { name: townOfPoint(turf.centroid(area).geometry.coordinates), overlap: 0 }
    for (const town of towns) {
      const overlap = turf.intersect(turf.featureCollection([town, area]))
      const size = overlap ? turf.area(overlap) : 0
      if (size > best.overlap) best = { name: nameOf(town), overlap: size }
    }
    return best.name
  }
  const townOfLine = (line: Position[]): string => {
    const votes = new Map<string, number>()
    for (let index = 0; index + 1 < line.length; index++) {
      const [start, end] = [line[index]!, line[index + 1]!]
      const middle = [((start[0] ?? 0) + (end[0] ?? 0)) / 2, ((start[1] ?? 0) + (end[1] ?? 0)) / 2]
      const name = townOfPoint(middle)
      votes.set(name, (votes.get(name) ?? 0) + turf.distance(start, end))
    }
    return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
  }
  return { townOfPoint, townOfArea, townOfLine }
}
