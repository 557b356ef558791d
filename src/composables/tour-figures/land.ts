/**
 * Figures of the remediation plots at a tour stop: a plot's stage at the end of the stop's period and
 * since when, with its area; for a stop that names no plot, the plots by their stage at the stop's month.
 */
import type { Feature } from 'geojson'
import { layerFeatures } from '@/data/feature-registry.ts'
import { STAGE_NAMES } from '@/domain/families/land/module.ts'
import { stageDefinition, stageTimeline } from '@/domain/remediation/index.ts'
import { areaM2 } from '@/domain/greenery/index.ts'
import { formatMonth } from '@/domain/time/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { featureName, type FamilyTourFigures, type FigureGroup, type FigureRow, type FigureWords } from './types.ts'
import { formatArea, MAX_FIGURE_GROUPS, stopMonth } from './shared.ts'

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

/** For a stop naming no plot: the plots of `layerId` by their stage at the stop's month. */
export function plotStageGroup(layerId: string, stop: TourStop, words: FigureWords): FigureGroup | null {
  const month = stopMonth(stop)
  const counts = new Map<string, number>()
  for (const feature of layerFeatures(layerId)) {
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

export const LAND_TOUR_FIGURES: FamilyTourFigures = {
  featureGroups: (_layerId, features, stop, words) => features.slice(0, MAX_FIGURE_GROUPS).map((feature) => plotGroup(feature, stop, words)),
  layerGroups: (layerId, stop, words) => [plotStageGroup(layerId, stop, words)],
}
