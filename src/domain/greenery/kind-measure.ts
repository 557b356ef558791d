/**
 * Each kind of green project in its own measure, the way the bureau's work report states them
 * ("建设 1.63 万平方米立体绿化、生态廊道 1350 亩、绿道 23.25 公里、公园绿地 134.18 公顷"): greenways by
 * length, corridors by area in 亩, parks by area in hectares, vertical greening by area in m². A greenway's
 * area or a park's length means nothing, so a table "by kind" must not sum one measure over all kinds.
 */
import type { Feature, Geometry } from 'geojson'
import type { Locale } from '../layers/types.ts'
import { formatHectares, formatKilometres, formatMu, formatSquareMetres } from '../units/quantity.ts'
import { areaHa, areaM2, areaMu, lengthKm } from './measure.ts'
import type { GreenKind } from './projects.ts'

export type GreenMeasure = 'lengthKm' | 'areaMu' | 'areaHa' | 'areaM2'

export const GREEN_KIND_MEASURES: Readonly<Record<GreenKind, GreenMeasure>> = {
  greenway: 'lengthKm',
  corridor: 'areaMu',
  park: 'areaHa',
  'vertical-greening': 'areaM2',
}

const MEASURE_OF: Record<GreenMeasure, (feature: Feature<Geometry | null>) => number> = { lengthKm, areaMu, areaHa, areaM2 }

/** The sum of a kind's own measure over `features` (all taken to be of that kind). */
export function greenKindTotal(kind: GreenKind, features: readonly Feature<Geometry | null>[]): number {
  const measure = MEASURE_OF[GREEN_KIND_MEASURES[kind]]
  return features.reduce((sum, feature) => sum + measure(feature), 0)
}

/** A kind's total as text in its own unit: km, 亩 (mu with ha in English), ha, 万m² (m² in English). */
export function formatGreenKindTotal(kind: GreenKind, value: number, locale: Locale): string {
  switch (GREEN_KIND_MEASURES[kind]) {
    case 'lengthKm':
      return formatKilometres(value, locale)
    case 'areaMu':
      return formatMu(value, locale)
    case 'areaHa':
      return formatHectares(value, locale)
    case 'areaM2':
      return formatSquareMetres(value, locale)
  }
}
