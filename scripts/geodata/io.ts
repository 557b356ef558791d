/**
 * Reading sources and writing outputs. Outputs are compact JSON with coordinates rounded to 1e-6°
 * (about 0.1 m), one FeatureCollection per file, so that reruns are byte-identical and diffs stay small.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'

export const SAMPLE_NOTE = '示例数据 Sample data — not official bureau data'

export interface SampleMetadata {
  sample: true
  generatedBy: string
  note: string
}

export function sampleMetadata(generatedBy: string): SampleMetadata {
  return { sample: true, generatedBy, note: SAMPLE_NOTE }
}

export function readFeatureCollection<G extends Geometry = Geometry>(path: string): FeatureCollection<G> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<G>
  if (parsed.type !== 'FeatureCollection') throw new Error(`${path} is not a FeatureCollection`)
  return parsed
}

export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6
  return rounded === 0 ? 0 : rounded // no "-0" in the output
}

function roundPositions(value: unknown): unknown {
  if (typeof value === 'number') return roundCoordinate(value)
  if (Array.isArray(value)) return value.map(roundPositions)
  return value
}

/** Same geometry with every coordinate rounded to 1e-6°; compute areas/lengths after this. */
export function roundGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(roundGeometry) }
  }
  return { type: geometry.type, coordinates: roundPositions(geometry.coordinates) } as G
}

export function roundPosition(position: Position): Position {
  return position.map(roundCoordinate)
}

export function writeFeatureCollection(
  path: string,
  features: Feature[],
  metadata?: SampleMetadata,
): void {
  const collection = {
    type: 'FeatureCollection',
    ...(metadata ? { metadata } : {}),
    features: features.map((feature) => ({
      type: 'Feature',
      properties: feature.properties,
      geometry: roundGeometry(feature.geometry),
    })),
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(collection) + '\n')
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n')
}
