/**
 * The overlay's GeoJSON: highlighted features, the near-radius ring around the centre feature, the drawn
 * area, the measure path or ring, and the vertices being clicked. Each feature carries a `role` that the
 * overlay layers style by. Broken geometry is skipped (the panel reports it), never thrown.
 */
import { circle } from '@turf/turf'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import type { GrowShape } from './grow-shape.ts'

export type OverlayRole = 'highlight' | 'target' | 'near-ring' | 'drawn' | 'draft' | 'measure' | 'vertex'

export interface OverlayInput {
  highlights: readonly Feature<Geometry | null>[]
  nearTarget: Feature<Geometry | null> | undefined
  nearDistanceM: number
  /** Vertices being clicked and whether they make a ring (area tools) or a path. */
  draft: { vertices: readonly Position[]; ring: boolean } | null
  drawnArea: readonly Position[] | null
  measured: { vertices: readonly Position[]; ring: boolean } | null
  /** The buffer for lines and areas (./grow-shape.ts, loaded on first need); without it only a point gets a ring. */
  growShape: GrowShape | null
}

/** Whether the ring around this target needs ./grow-shape.ts (anything but a point). */
export function needsGrowShape(target: Feature<Geometry | null> | undefined): boolean {
  return !!target?.geometry && target.geometry.type !== 'Point'
}

function tagged(geometry: Geometry, role: OverlayRole): Feature {
  return { type: 'Feature', properties: { role }, geometry }
}

function pathOrRing(vertices: readonly Position[], ring: boolean, role: OverlayRole): Feature[] {
  const positions = vertices.map((vertex) => [vertex[0]!, vertex[1]!])
  const shapes: Feature[] = []
  if (ring && positions.length >= 3) shapes.push(tagged({ type: 'Polygon', coordinates: [[...positions, positions[0]!]] }, role))
  else if (positions.length >= 2) shapes.push(tagged({ type: 'LineString', coordinates: ring ? [...positions, positions[0]!] : positions }, role))
  return shapes
}

/** The ring at `metres` around the centre feature: a circle for a point, a buffer for other shapes. */
function nearRing(target: Feature<Geometry | null>, metres: number, growShape: GrowShape | null): Feature | null {
  const geometry = target.geometry
  if (!geometry) return null
  try {
    if (geometry.type === 'Point') return tagged(circle(geometry.coordinates, metres / 1000, { units: 'kilometers', steps: 64 }).geometry, 'near-ring')
    const grown = growShape?.(target as Feature<Geometry>, metres)
    return grown ? tagged(grown, 'near-ring') : null
  } catch {
    return null
  }
}

export function overlayCollection(input: OverlayInput): FeatureCollection {
  const features: Feature[] = []
  if (input.nearTarget) {
    const ring = nearRing(input.nearTarget, input.nearDistanceM, input.growShape)
    if (ring) features.push(ring)
    if (input.nearTarget.geometry) features.push(tagged(input.nearTarget.geometry, 'target'))
  }
  if (input.drawnArea) features.push(...pathOrRing(input.drawnArea, true, 'drawn'))
  if (input.measured) features.push(...pathOrRing(input.measured.vertices, input.measured.ring, 'measure'))
  for (const feature of input.highlights) if (feature.geometry) features.push(tagged(feature.geometry, 'highlight'))
  if (input.draft) {
    features.push(...pathOrRing(input.draft.vertices, input.draft.ring, 'draft'))
    for (const vertex of input.draft.vertices) features.push(tagged({ type: 'Point', coordinates: [vertex[0]!, vertex[1]!] }, 'vertex'))
  }
  return { type: 'FeatureCollection', features }
}
