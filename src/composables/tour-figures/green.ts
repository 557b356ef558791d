/**
 * Figures of the green projects at a tour stop: a project's size in its kind's own unit (km of greenway,
 * 亩 of corridor, ha of park, m² of vertical greening), beside it the total of its kind built in its
 * year ("绿道 23.25 公里"); for a stop that names no project, the year's built projects by kind.
 */
import type { Feature } from 'geojson'
import { layerFeatures } from '@/data/feature-registry.ts'
import { GREEN_KINDS } from '@/domain/families/green/module.ts'
import { vocabularyText } from '@/domain/layers/vocabulary.ts'
import { areaHa, areaM2, areaMu, greenTotals, isGreenKind, lengthKm, type GreenKind } from '@/domain/greenery/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { featureName, formatNumber, type FamilyTourFigures, type FigureGroup, type FigureRow, type FigureWords } from './types.ts'
import { formatArea, MAX_FIGURE_GROUPS, stopYear } from './shared.ts'

/** A green project's size in its kind's unit: km of greenway, 亩 of corridor, ha of park, m² of vertical greening. */
function greenSize(kind: GreenKind | null, features: readonly Feature[], words: FigureWords): FigureRow {
  const { tt, locale } = words
  const sum = (measure: (feature: Feature) => number) => features.reduce((total, feature) => total + measure(feature), 0)
  if (kind === 'greenway') return { label: tt('tour.figure.length'), value: `${formatNumber(sum(lengthKm), 2, locale)} km` }
  if (kind === 'corridor') {
    const mu = formatNumber(sum(areaMu), 0, locale)
    const hectares = formatNumber(sum(areaHa), 2, locale)
    return { label: tt('tour.figure.area'), value: locale === 'zh' ? `${mu} 亩` : `${hectares} ha (${mu} mu)` }
  }
  if (kind === 'vertical-greening') return { label: tt('tour.figure.area'), value: `${formatNumber(sum(areaM2), 0, locale)} m²` }
  return { label: tt('tour.figure.area'), value: formatArea(sum(areaM2), words) }
}

function greenKindOf(feature: Feature): GreenKind | null {
  const kind: unknown = feature.properties?.kind
  return isGreenKind(kind) ? kind : null
}

export function greenGroup(feature: Feature, words: FigureWords): FigureGroup {
  const kind = greenKindOf(feature)
  const rows = [greenSize(kind, [feature], words)]
  if (kind) rows.unshift({ label: words.tt('tour.figure.kind'), value: vocabularyText(GREEN_KINDS, kind, words.locale) })
  return { title: featureName(feature.properties, String(feature.id), words.locale), rows }
}

/** All built projects of `layerId` of this kind and year, counted and measured: the report's yearly total. */
export function greenKindTotalGroup(layerId: string, kind: string, year: number, words: FigureWords): FigureGroup | null {
  const features = layerFeatures(layerId).filter((feature) => feature.properties?.kind === kind && Number(feature.properties?.year) === year
    && feature.properties?.status === 'built')
  if (features.length === 0) return null
  return {
    title: words.tt('tour.figure.kindTotal', { year, kind: vocabularyText(GREEN_KINDS, kind, words.locale) }),
    rows: [{ label: words.tt('tour.figure.projects'), value: words.tt('tour.figure.count', { count: features.length }) }, greenSize(isGreenKind(kind) ? kind : null, features, words)],
  }
}

/** For a stop naming no green feature: the year's built projects by kind, each in its own unit (greenTotals). */
export function greenYearGroup(layerId: string, stop: TourStop, words: FigureWords): FigureGroup | null {
  const year = stopYear(stop)
  const totals = greenTotals(layerFeatures(layerId), { year, status: 'built' })
  const { tt, locale } = words
  const rows: FigureRow[] = []
  const kindName = (kind: GreenKind) => vocabularyText(GREEN_KINDS, kind, locale)
  if (totals.counts.greenway > 0) rows.push({ label: kindName('greenway'), value: `${formatNumber(totals.greenwayKm, 2, locale)} km` })
  if (totals.counts.corridor > 0) {
    const mu = formatNumber(totals.corridorMu, 0, locale)
    rows.push({ label: kindName('corridor'), value: locale === 'zh' ? `${mu} 亩` : `${formatNumber(totals.corridorHa, 2, locale)} ha (${mu} mu)` })
  }
  if (totals.counts.park > 0) rows.push({ label: kindName('park'), value: formatArea(totals.parkHa * 10_000, words) })
  if (totals.counts['vertical-greening'] > 0) rows.push({ label: kindName('vertical-greening'), value: `${formatNumber(totals.verticalM2, 0, locale)} m²` })
  return rows.length === 0 ? null : { title: tt('tour.figure.greenYear', { year }), rows }
}

export const GREEN_TOUR_FIGURES: FamilyTourFigures = {
  featureGroups: (_layerId, features, _stop, words) => features.slice(0, MAX_FIGURE_GROUPS).map((feature) => greenGroup(feature, words)),
  totalGroups(layerId, features, _stop, words) {
    const first = features[0]
    const year = Number(first?.properties?.year)
    return first && Number.isInteger(year) ? [greenKindTotalGroup(layerId, String(first.properties?.kind ?? ''), year, words)] : []
  },
  layerGroups: (layerId, stop, words) => [greenYearGroup(layerId, stop, words)],
}
