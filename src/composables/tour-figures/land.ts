/**
 * Figures of the land layers at a tour stop: a remediation plot's stage at the end of the stop's period
 * and since when, a soil parcel's GB 36600-2018 screening verdict, a green project's size in its kind's
 * own unit; beside a parcel or a project, the total of its kind in its year (the report's way of
 * counting: "217 个减量化项目 … 172.53 公顷", "绿道 23.25 公里" …); for a stop that names no feature,
 * the same totals for the layer at the stop's year.
 */
import type { Feature } from 'geojson'
import { layerFeatures } from '@/data/feature-registry.ts'
import { STAGE_NAMES } from '@/config/remediation-stage-entries.ts'
import { stageDefinition, stageTimeline } from '@/domain/remediation/index.ts'
import { landClassOf, screenSoil, SOIL_VERDICT_NAMES } from '@/domain/soil/index.ts'
import { areaHa, areaM2, areaMu, greenTotals, isGreenKind, lengthKm, type GreenKind } from '@/domain/greenery/index.ts'
import { GREEN_KINDS, SOIL_KINDS, vocabularyText } from '@/domain/layers/vocabulary.ts'
import { formatMonth, monthParts, statusMonth } from '@/domain/time/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { useClockStore } from '@/stores/clock.ts'
import { featureName, formatNumber, type FigureGroup, type FigureRow, type FigureWords } from './types.ts'

function formatArea(squareMetres: number, words: FigureWords): string {
  const hectares = formatNumber(squareMetres / 10_000, 2, words.locale)
  return words.locale === 'zh' ? `${hectares} 公顷` : `${hectares} ha`
}

/** The stop's last month as the map shows it (end of its period, within the data). */
function stopMonth(stop: TourStop): string {
  return statusMonth({ ...stop.clock, last: useClockStore().clock.last })
}

function stopYear(stop: TourStop): number {
  return monthParts(stop.clock.month).year
}

export function plotGroup(feature: Feature, stop: TourStop, words: FigureWords): FigureGroup {
  const { tt, locale } = words
  const timeline = stageTimeline(feature.properties?.stageHistory, stopMonth(stop))
  const current = timeline.filter((entry) => entry.current).at(-1)
  const rows: FigureRow[] = [{
    label: tt('tour.figure.stage'),
    value: current ? (STAGE_NAMES[current.stage]?.[locale] ?? current.stage) : tt('tour.figure.beforeStart'),
    ...(current ? { colour: stageDefinition(current.stage)?.colour } : {}),
  }]
  if (current) rows.push({ label: tt('tour.figure.stageSince'), value: formatMonth(current.start, locale) })
  rows.push({ label: tt('tour.figure.area'), value: formatArea(areaM2(feature), words) })
  return { title: featureName(feature.properties, String(feature.id), locale), rows }
}

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

/** All features of `layerId` of this kind and year, counted and measured: the report's yearly total. */
export function kindTotalGroup(layerId: 'greenways' | 'soil-parcels', kind: string, year: number, words: FigureWords): FigureGroup | null {
  const features = layerFeatures(layerId).filter((feature) => feature.properties?.kind === kind && Number(feature.properties?.year) === year
    && (layerId !== 'greenways' || feature.properties?.status === 'built'))
  if (features.length === 0) return null
  const vocabulary = layerId === 'greenways' ? GREEN_KINDS : SOIL_KINDS
  const size = layerId === 'greenways' ? greenSize(isGreenKind(kind) ? kind : null, features, words)
    : { label: words.tt('tour.figure.area'), value: formatArea(features.reduce((total, feature) => total + areaM2(feature), 0), words) }
  return {
    title: words.tt('tour.figure.kindTotal', { year, kind: vocabularyText(vocabulary, kind, words.locale) }),
    rows: [{ label: words.tt('tour.figure.projects'), value: words.tt('tour.figure.count', { count: features.length }) }, size],
  }
}

/** For a stop naming no green feature: the year's built projects by kind, each in its own unit (greenTotals). */
export function greenYearGroup(stop: TourStop, words: FigureWords): FigureGroup | null {
  const year = stopYear(stop)
  const totals = greenTotals(layerFeatures('greenways'), { year, status: 'built' })
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

/** For a stop naming no parcel: the stop year's parcels by kind, counted and measured. */
export function soilYearGroup(stop: TourStop, words: FigureWords): FigureGroup | null {
  const year = stopYear(stop)
  const byKind = new Map<string, Feature[]>()
  for (const feature of layerFeatures('soil-parcels')) {
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

/** For a stop naming no plot: the plots by their stage at the stop's month. */
export function plotStageGroup(stop: TourStop, words: FigureWords): FigureGroup | null {
  const month = stopMonth(stop)
  const counts = new Map<string, number>()
  for (const feature of layerFeatures('remediation-plots')) {
    const current = stageTimeline(feature.properties?.stageHistory, month).filter((entry) => entry.current).at(-1)
    if (current) counts.set(current.stage, (counts.get(current.stage) ?? 0) + 1)
  }
  const rows = [...counts.entries()].map(([stage, count]): FigureRow => ({
    label: STAGE_NAMES[stage]?.[words.locale] ?? stage,
    value: words.tt('tour.figure.count', { count }),
    ...(stageDefinition(stage) ? { colour: stageDefinition(stage)!.colour } : {}),
  }))
  return rows.length === 0 ? null : { title: words.tt('tour.figure.plotStages', { month: formatMonth(month, words.locale) }), rows }
}
