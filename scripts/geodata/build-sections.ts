/**
 * Step B1: geodata/layers/sections.geojson — 45 sample monitoring sections (Points).
 * Sections on the five rivers with real geometry lie inside that river's polygon (approximate: false);
 * the others get a plausible, spread-out position in their town (approximate: true).
 */
import * as turf from '@turf/turf'
import type { Feature, LineString, Point, Polygon, Position } from 'geojson'
import { readFeatureCollection, writeFeatureCollection, sampleMetadata, roundPosition } from './io.ts'
import { basemapPath, layerPath } from './paths.ts'
import { RIVER_NAMES_EN } from './names.ts'
import { pointsAlongRiver, townLocator } from './places.ts'
import { seededRandom, type Random } from './random.ts'
import { SECTION_REGISTER, type SectionEntry } from './section-register.ts'

const GENERATED_BY = 'scripts/geodata/build-sections.ts'
/** Approximate sections keep this far from each other (km), so no two markers stack. */
const MINIMUM_SPACING_KM = 1.5
/** …and this far from a town border and from a real river (km), so the town and river are unambiguous. */
const BORDER_MARGIN_KM = 0.4

interface Context {
  land: Feature<Polygon>
  towns: Feature<Polygon>[]
  rivers: Map<string, Feature<Polygon>>
  placed: Position[]
  random: Random
}

function riverPosition(entry: SectionEntry, context: Context): Position {
  const river = context.rivers.get(entry.river)
  if (!river) throw new Error(`${entry.river} has no geometry`)
  if (entry.placement.kind === 'along') return pointsAlongRiver(river, [entry.placement.fraction])[0]!
  if (entry.placement.kind !== 'river-mouth') throw new Error('not a river placement')
  // The tributary's end closest to the main river, then the main-river point nearest to it.
  const tributary = context.rivers.get(entry.placement.tributary)
  if (!tributary) throw new Error(`${entry.placement.tributary} has no geometry`)
  const fractions = Array.from({ length: 199 }, (_, index) => (index + 1) / 200)
  const candidates = pointsAlongRiver(river, fractions)
  const distanceToTributary = (position: Position) => Math.abs(turf.pointToPolygonDistance(turf.point(position), tributary))
  return candidates.reduce((best, candidate) => (distanceToTributary(candidate) < distanceToTributary(best) ? candidate : best))
}

function approximatePosition(entry: SectionEntry, context: Context): Position {
  if (entry.placement.kind !== 'approximate') throw new Error('not an approximate placement')
  const { town: townName, latitude } = entry.placement
  const town = context.towns.find((candidate) => candidate.properties?.name === townName)
  if (!town) throw new Error(`unknown town ${townName}`)
  const [west, south, east, north] = turf.bbox(town)
  const [low, high] = latitude ?? [south, north]
  const border = turf.polygonToLine(town) as Feature<LineString> // towns are single-ring polygons
  const rivers = [...context.rivers.values()]
  // Best-candidate sampling: of many valid random candidates keep the one farthest from the others.
  let best: { position: Position; spacing: number } | undefined
  for (let attempt = 0; attempt < 400; attempt++) {
    const position = [context.random.between(west, east), context.random.between(Math.max(south, low), Math.min(north, high))]
    if (!turf.booleanPointInPolygon(position, town) || !turf.booleanPointInPolygon(position, context.land)) continue
    const spacing = Math.min(Infinity, ...context.placed.map((other) => turf.distance(position, other)))
    if (best && spacing <= best.spacing) continue // cheap test first: only a better spot is worth the rest
    if (turf.pointToLineDistance(position, border) < BORDER_MARGIN_KM) continue
    if (rivers.some((river) => Math.abs(turf.pointToPolygonDistance(turf.point(position), river)) < BORDER_MARGIN_KM)) continue
    best = { position, spacing }
  }
  if (!best || best.spacing < MINIMUM_SPACING_KM) throw new Error(`no free spot for ${entry.river}-${entry.place}`)
  return best.position
}

export function buildSections(): void {
  const [land] = readFeatureCollection<Polygon>(basemapPath('land.geojson')).features
  const towns = readFeatureCollection<Polygon>(basemapPath('towns.geojson')).features
  const rivers = readFeatureCollection<Polygon>(basemapPath('rivers.geojson')).features
  if (!land) throw new Error('run the basemap step first')
  const context: Context = {
    land,
    towns,
    rivers: new Map(rivers.map((river) => [String(river.properties?.name), river])),
    placed: [],
    random: seededRandom(20191231),
  }
  const locator = townLocator(towns)
  // Real-river sections first, so approximate ones keep their distance from them.
  const positions = new Map<SectionEntry, Position>()
  for (const entry of SECTION_REGISTER.filter((item) => item.placement.kind !== 'approximate')) {
    const position = roundPosition(riverPosition(entry, context))
    positions.set(entry, position)
    context.placed.push(position)
  }
  for (const entry of SECTION_REGISTER.filter((item) => item.placement.kind === 'approximate')) {
    const position = roundPosition(approximatePosition(entry, context))
    positions.set(entry, position)
    context.placed.push(position)
  }
  const features: Feature<Point>[] = SECTION_REGISTER.map((entry, index) => {
    const position = positions.get(entry)!
    return turf.point(position, {
      id: `FX${String(index + 1).padStart(2, '0')}`,
      name: `${entry.river}-${entry.place}`,
      name_en: `${RIVER_NAMES_EN[entry.river] ?? entry.river} – ${entry.placeEnglish}`,
      river: entry.river,
      // The river's English name for the river picker and the cards in English (towns: basemap name_en).
      river_en: RIVER_NAMES_EN[entry.river] ?? entry.river,
      town: locator.townOfPoint(position),
      level: entry.level,
      targetClass: entry.targetClass,
      approximate: entry.placement.kind === 'approximate',
      sample: true,
    })
  })
  writeFeatureCollection(layerPath('sections.geojson'), features, sampleMetadata(GENERATED_BY))
}
