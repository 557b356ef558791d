/**
 * Properties the app derives from a layer's data on load, so that styles can read them: a soil parcel's
 * GB 36600-2018 verdict (screenSoil on its measurements and land class; 'unsampled' when it has none).
 * Returns new features; the input is not changed.
 */
import type { Feature } from 'geojson'
import { screenSoil } from '../soil/index.ts'

export const UNSAMPLED = 'unsampled'

function soilVerdictOf(properties: Record<string, unknown>): string {
  const measurements = properties.measurements
  if (!measurements || typeof measurements !== 'object' || Object.keys(measurements).length === 0) return UNSAMPLED
  const landClass = properties.landClass === 2 ? 2 : 1
  return screenSoil(measurements as Record<string, number>, landClass).verdict
}

export function withDerivedProperties(layerId: string, features: readonly Feature[]): Feature[] {
  if (layerId !== 'soil-parcels') return [...features]
  return features.map((feature) => ({
    ...feature,
    properties: { ...feature.properties, verdict: soilVerdictOf((feature.properties ?? {}) as Record<string, unknown>) },
  }))
}
