/**
 * The key figures of a tour stop, computed from the data at the stop's period — never typed into the
 * tour (issue 12 item 2): see tour-figures/sections.ts (GB 3838-2002 classes, 环办〔2011〕22号 main
 * pollutants, attainment month by month) and tour-figures/land.ts (stages, GB 36600-2018 screening,
 * green projects in their own units, the report's yearly totals). A stop that names no feature gets
 * a summary of each layer it shows.
 */
import { computed, type Ref } from 'vue'
import type { Feature } from 'geojson'
import { featureById } from '@/data/feature-registry.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { TOUR_MESSAGES, type TourMessageKey } from '@/i18n/tour-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import { sectionGroup, sectionListGroup, shownSectionsGroup } from './tour-figures/sections.ts'
import { greenGroup, greenYearGroup, kindTotalGroup, parcelGroup, plotGroup, plotStageGroup, soilYearGroup } from './tour-figures/land.ts'
import type { FigureGroup, FigureWords } from './tour-figures/types.ts'
import { boardFigureGroups } from '@/composables/assessment/board-figures.ts'

export type { FigureGroup, FigureRow } from './tour-figures/types.ts'

/** At most this many features get their own group; a long list would not fit a slide. */
export const MAX_FIGURE_GROUPS = 3
/** From this many sections on, one row per section instead of a group each. */
export const SECTION_LIST_FROM = 3

function loadedFeatures(stop: TourStop, layerId: string): Feature[] {
  return stop.features
    .filter((reference) => reference.layerId === layerId)
    .map((reference) => featureById(reference.layerId, reference.featureId))
    .filter((feature): feature is Feature => feature !== undefined)
}

/** The figure groups of `stop`, read from the loaded data now. */
export function computeStopFigures(stop: TourStop, locale: Locale): FigureGroup[] {
  const words: FigureWords = {
    locale,
    tt: (key: TourMessageKey, values = {}) => fillPlaceholders(TOUR_MESSAGES[locale][key], values),
  }
  const groups: FigureGroup[] = []
  const add = (group: FigureGroup | null) => {
    if (group && group.rows.length > 0 && !groups.some((other) => other.title === group.title)) groups.push(group)
  }
  const sections = loadedFeatures(stop, 'sections')
  if (sections.length >= SECTION_LIST_FROM) add(sectionListGroup(sections, stop, words))
  else sections.forEach((feature) => add(sectionGroup(feature, stop, words)))
  loadedFeatures(stop, 'remediation-plots').slice(0, MAX_FIGURE_GROUPS).forEach((feature) => add(plotGroup(feature, stop, words)))
  const parcels = loadedFeatures(stop, 'soil-parcels')
  // Many parcels of one kind (examples of a programme): the programme's total says more than each parcel.
  if (parcels.length <= 2) parcels.forEach((feature) => add(parcelGroup(feature, words)))
  const greens = loadedFeatures(stop, 'greenways')
  greens.slice(0, MAX_FIGURE_GROUPS).forEach((feature) => add(greenGroup(feature, words)))
  for (const [layerId, features] of [['soil-parcels', parcels], ['greenways', greens]] as const) {
    const first = features[0]
    const year = Number(first?.properties?.year)
    if (first && Number.isInteger(year) && (layerId === 'greenways' || parcels.length > 2)) add(kindTotalGroup(layerId, String(first.properties?.kind ?? ''), year, words))
  }
  if (stop.features.length === 0) {
    if (stop.layers.includes('sections')) add(shownSectionsGroup(stop, words))
    if (stop.layers.includes('greenways')) add(greenYearGroup(stop, words))
    if (stop.layers.includes('soil-parcels')) add(soilYearGroup(stop, words))
    if (stop.layers.includes('remediation-plots')) add(plotStageGroup(stop, words))
  }
  // Assessment-board blocks added to the stop (issue 13), computed from the loaded series.
  if (stop.assessment) groups.push(...boardFigureGroups(stop.assessment, locale, useWaterStore().version))
  return groups
}

/** The stop's figures, recomputed when the data, the layers or the language change. */
export function useStopFigures(stop: Ref<TourStop | undefined>) {
  const water = useWaterStore()
  const layers = useLayersStore()
  const settings = useSettingsStore()
  const view = useSectionViewStore()
  return computed(() => {
    void water.version
    void view.visible
    const current = stop.value
    const ready = Object.values(layers.layers).map((layer) => layer.status).join()
    return current && ready ? computeStopFigures(current, settings.locale) : []
  })
}
