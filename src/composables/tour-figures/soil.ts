/**
 * Figures of the soil-survey parcels at a tour stop: a parcel's GB 36600-2018 screening verdict and area;
 * many parcels of one kind (examples of a programme) get their programme's total in their year instead,
 * as the report counts ("217 个减量化项目 … 172.53 公顷"); for a stop that names no parcel, the stop
 * year's parcels by kind.
 */
import type { Feature } from 'geojson'
import { layerFeatures } from '@/data/feature-registry.ts'
import { SOIL_KINDS } from '@/domain/families/soil/module.ts'
import { vocabularyText } from '@/domain/layers/vocabulary.ts'
import { landClassOf, screenSoil, SOIL_VERDICT_NAMES } from '@/domain/soil/index.ts'
import { areaM2 } from '@/domain/greenery/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { featureName, type FamilyTourFigures, type FigureGroup, type FigureRow, type FigureWords } from './types.ts'
import { formatArea, stopYear } from './shared.ts'

/** Up to this many parcels get a group each; more are examples of their kind and get its total. */
const PARCELS_EACH_UP_TO = 2

export function parcelGroup(feature: Feature, words: FigureWords): FigureGroup {
  const { tt, locale } = words
  const measurements = (feature.properties?.measurements ?? {}) as Record<string, number>
  const rows: FigureRow[] = []
  if (Object.keys(measurements).length > 0) {
    // GB 36600-2018 §5: each item against the screening value of the parcel's land class.
    const verdict = screenSoil(measurements, landClassOf(feature.properties?.landClass)).verdict
    rows.push({ label: tt('tour.figure.screening'), value: SOIL_VERDICT_NAMES[verdict][locale] })
  }
  rows.push({ label: tt('tour.figure.area'), value: formatArea(areaM2(feature), words) })
  return { title: featureName(feature.properties, String(feature.id), locale), rows }
}

/** All parcels of `layerId` of this kind and year, counted and measured: the report's yearly total. */
export function soilKindTotalGroup(layerId: string, kind: string, year: number, words: FigureWords): FigureGroup | null {
  const features = layerFeatures(layerId).filter((feature) => feature.properties?.kind === kind && Number(feature.properties?.year) === year)
  if (features.length === 0) return null
  return {
    title: words.tt('tour.figure.kindTotal', { year, kind: vocabularyText(SOIL_KINDS, kind, words.locale) }),
    rows: [
      { label: words.tt('tour.figure.projects'), value: words.tt('tour.figure.count', { count: features.length }) },
      { label: words.tt('tour.figure.area'), value: formatArea(features.reduce((total, feature) => total + areaM2(feature), 0), words) },
    ],
  }
}

/** For a stop naming no parcel: the stop year's parcels by kind, counted and measured. */
export function soilYearGroup(layerId: string, stop: TourStop, words: FigureWords): FigureGroup | null {
  const year = stopYear(stop)
  const byKind = new Map<string, Feature[]>()
  for (const feature of layerFeatures(layerId)) {
    if (Number(feature.properties?.year) !== year) continue
    const kind = String(feature.properties?.kind ?? '')
    byKind.set(kind, [...(byKind.get(kind) ?? []), feature])
  }
  const rows = [...byKind.entries()].map(([kind, features]): FigureRow => ({
    label: vocabularyText(SOIL_KINDS, kind, words.locale),
    value: `${words.tt('tour.figure.count', { count: features.length })} · ${formatArea(features.reduce((total, feature) => total + areaM2(feature), 0), words)}`,
  }))
  return rows.length === 0 ? null : { title: words.tt('tour.figure.soilYear', { year }), rows }
}

export const SOIL_TOUR_FIGURES: FamilyTourFigures = {
  featureGroups: (_layerId, features, _stop, words) => (features.length <= PARCELS_EACH_UP_TO ? features.map((feature) => parcelGroup(feature, words)) : []),
  totalGroups(layerId, features, _stop, words) {
    const first = features[0]
    const year = Number(first?.properties?.year)
    if (!first || !Number.isInteger(year) || features.length <= PARCELS_EACH_UP_TO) return []
    return [soilKindTotalGroup(layerId, String(first.properties?.kind ?? ''), year, words)]
  },
  layerGroups: (layerId, stop, words) => [soilYearGroup(layerId, stop, words)],
}
