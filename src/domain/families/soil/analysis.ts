/**
 * Soil family on first use: a parcel's measurements are checked (negative or non-numeric concentrations:
 * validateSoilValues); the statistics tab groups parcels by their GB 36600-2018 verdict (worst item, §5.3).
 */
import { landClassOf, screenSoil, validateSoilValues } from '../../soil/index.ts'
import type { AnyFeature, FamilyAnalysis } from '../types.ts'

/** The parcel's worst verdict, or '' (shown as "not given") when it has no usable measurement. */
export function verdictOf(feature: AnyFeature): string {
  const properties = feature.properties ?? {}
  const measurements: unknown = properties.measurements
  if (typeof measurements !== 'object' || measurements === null) return ''
  const screening = screenSoil(measurements as Record<string, number>, landClassOf(properties.landClass))
  return screening.items.length > 0 ? screening.verdict : ''
}

export const SOIL_ANALYSIS: FamilyAnalysis = {
  // Parcels without measurements are "not sampled", not a problem; only a present record is checked.
  problems: (_layerId, feature) =>
    feature.properties?.measurements === undefined ? [] : validateSoilValues(feature.properties.measurements).map((problem) => ({ source: 'soil' as const, problem })),
  statistics: () => ({ groups: ['kind', 'town', 'year', 'verdict', 'status'], measures: ['areaHa'] }),
  groupOptions: { verdict: () => ({ keyOf: verdictOf }) },
}
