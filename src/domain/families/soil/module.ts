/**
 * Soil family (土壤调查地块): a parcel appears in its survey year and is drawn solid once its survey is
 * complete; its GB 36600-2018 verdict is derived on load (screenSoil on its measurements and land class,
 * 'unsampled' when it has none) so that the style can colour by it.
 */
import type { Feature } from 'geojson'
import type { LocalizedText } from '../../layers/types.ts'
import { screenSoil } from '../../soil/index.ts'
import type { FamilyModule } from '../types.ts'

export const UNSAMPLED = 'unsampled'

export const SOIL_KINDS: Record<string, LocalizedText> = {
  reduction: { zh: '减量化地块', en: 'Reduction parcel' },
  'construction-land': { zh: '建设用地调查', en: 'Construction-land survey' },
  enterprise: { zh: '重点企业', en: 'Key enterprise' },
  'park-perimeter': { zh: '园区周边', en: 'Industrial-park perimeter' },
}

export const SOIL_STATUSES: Record<string, LocalizedText> = {
  surveying: { zh: '调查中', en: 'Surveying' },
  completed: { zh: '已完成', en: 'Completed' },
}

function soilVerdictOf(properties: Record<string, unknown>): string {
  const measurements = properties.measurements
  if (!measurements || typeof measurements !== 'object' || Object.keys(measurements).length === 0) return UNSAMPLED
  const landClass = properties.landClass === 2 ? 2 : 1
  return screenSoil(measurements as Record<string, number>, landClass).verdict
}

export const SOIL_FAMILY: FamilyModule = {
  family: 'soil',
  timedState(_layerId, feature, at) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>
    const year = Number(properties.year)
    if (Number.isFinite(year) && Number(at.month.slice(0, 4)) < year) return { hidden: true, emphasis: 0 }
    const surveyed = typeof properties.surveyed === 'string' ? properties.surveyed : null
    return { hidden: false, emphasis: surveyed && surveyed <= at.month ? 1 : 0.4 }
  },
  deriveProperties(_layerId, features: readonly Feature[]) {
    return features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, verdict: soilVerdictOf((feature.properties ?? {}) as Record<string, unknown>) },
    }))
  },
  vocabularies: { kind: SOIL_KINDS, status: SOIL_STATUSES },
}
