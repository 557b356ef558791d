/**
 * The key figures of a tour stop, computed from the data at the stop's month — never typed into the
 * tour: a section's class with its quality word, main pollutants and attainment (GB 3838-2002,
 * 环办〔2011〕22号), a plot's stage at the end of the stop's period, a parcel's GB 36600-2018 screening verdict, a green
 * project's length or area; for a stop without features, the shown sections' classes and attainment.
 */
import { computed, type Ref } from 'vue'
import type { Feature } from 'geojson'
import { featureById } from '@/data/feature-registry.ts'
import { sectionEvaluation } from '@/data/water-series.ts'
import { STAGE_NAMES } from '@/config/remediation-stage-entries.ts'
import { describeClass, describeClassEn, describeMainPollutant, meetsTarget, WATER_CLASS_COLOURS, NO_DATA_COLOUR, type WaterClass } from '@/domain/water-quality/index.ts'
import { stageAt, stageDefinition } from '@/domain/remediation/index.ts'
import { landClassOf, screenSoil, SOIL_VERDICT_NAMES } from '@/domain/soil/index.ts'
import { areaM2, lengthKm } from '@/domain/greenery/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { TOUR_MESSAGES, type TourMessageKey } from '@/i18n/tour-messages.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import { useClockStore } from '@/stores/clock.ts'
import { statusMonth } from '@/domain/time/index.ts'
import { boardFigureGroups } from '@/composables/assessment/board-figures.ts'

export interface FigureRow {
  label: string
  value: string
  /** Swatch colour shown beside the value (class, stage); the value always says it in words too. */
  colour?: string
}

export interface FigureGroup {
  title: string
  rows: FigureRow[]
}

/** At most this many features get their own group; a long list would not fit a slide. */
export const MAX_FIGURE_GROUPS = 5

function formatArea(squareMetres: number, locale: Locale): string {
  const hectares = squareMetres / 10_000
  return locale === 'zh' ? `${hectares.toFixed(2)} 公顷（${Math.round(squareMetres).toLocaleString('zh-CN')} m²）` : `${hectares.toFixed(2)} ha`
}

function sectionRows(feature: Feature, stop: TourStop, locale: Locale, tt: (key: TourMessageKey) => string): FigureRow[] {
  const id = String(feature.id ?? feature.properties?.id)
  const evaluation = sectionEvaluation(id, stop.clock.month, stop.clock.mode)
  const waterClass = (evaluation?.classification.waterClass ?? null) as WaterClass | null
  const target = Number(feature.properties?.targetClass) as WaterClass
  const rows: FigureRow[] = [{
    label: tt('tour.figure.class'),
    value: locale === 'zh' ? describeClass(waterClass) : describeClassEn(waterClass),
    colour: waterClass === null ? NO_DATA_COLOUR : WATER_CLASS_COLOURS[waterClass],
  }]
  const pollutants = evaluation?.classification.mainPollutants ?? []
  rows.push({
    label: tt('tour.figure.pollutants'),
    value: pollutants.length > 0 ? pollutants.map((pollutant) => describeMainPollutant(pollutant, locale)).join(locale === 'zh' ? '、' : ', ') : tt('tour.figure.none'),
  })
  if (target >= 1 && target <= 6) {
    const met = meetsTarget(waterClass, target)
    const targetText = locale === 'zh' ? describeClass(target).replace(/（.*）/, '') : describeClassEn(target).replace(/ \(.*\)/, '')
    rows.push({
      label: tt('tour.figure.attainment'),
      value: `${met === null ? tt('tour.figure.noData') : met ? tt('tour.figure.met') : tt('tour.figure.unmet')}（${tt('tour.figure.target')} ${targetText}）`,
    })
  }
  return rows
}

function plotRows(feature: Feature, stop: TourStop, locale: Locale, tt: (key: TourMessageKey) => string): FigureRow[] {
  // The stage as the plot stood at the end of the stop's period (statusMonth), as the map shows it.
  const stage = stageAt(feature.properties?.stageHistory, statusMonth({ ...stop.clock, last: useClockStore().clock.last }))
  return [
    {
      label: tt('tour.figure.stage'),
      value: stage ? (STAGE_NAMES[stage]?.[locale] ?? stage) : tt('tour.figure.beforeStart'),
      ...(stage ? { colour: stageDefinition(stage)?.colour } : {}),
    },
    { label: tt('tour.figure.area'), value: formatArea(areaM2(feature), locale) },
  ]
}

function parcelRows(feature: Feature, locale: Locale, tt: (key: TourMessageKey) => string): FigureRow[] {
  const measurements = (feature.properties?.measurements ?? {}) as Record<string, number>
  const rows: FigureRow[] = []
  if (Object.keys(measurements).length > 0) {
    // GB 36600-2018 §5: compare each item with the screening value of the parcel's land class.
    const verdict = screenSoil(measurements, landClassOf(feature.properties?.landClass)).verdict
    rows.push({ label: tt('tour.figure.screening'), value: SOIL_VERDICT_NAMES[verdict][locale] })
  }
  rows.push({ label: tt('tour.figure.area'), value: formatArea(areaM2(feature), locale) })
  return rows
}

function greenRows(feature: Feature, locale: Locale, tt: (key: TourMessageKey) => string): FigureRow[] {
  const length = lengthKm(feature)
  const area = areaM2(feature)
  const rows: FigureRow[] = []
  if (length > 0) rows.push({ label: tt('tour.figure.length'), value: `${length.toFixed(2)} km` })
  if (area > 0) rows.push({ label: tt('tour.figure.area'), value: formatArea(area, locale) })
  return rows
}

/** Summary of the sections the map shows now (clock and filter applied): for overview stops. */
function sectionSummary(tt: (key: TourMessageKey) => string): FigureGroup | null {
  const view = useSectionViewStore()
  const shown = view.states.filter((_state, index) => view.visible[index])
  if (shown.length === 0) return null
  const classed = shown.filter((state) => state.waterClass !== null)
  const good = classed.filter((state) => state.waterClass! <= 3).length
  const met = shown.filter((state) => state.attainment === 'met').length
  const judged = shown.filter((state) => state.attainment !== null).length
  return {
    title: tt('tour.figure.sections'),
    rows: [
      { label: tt('tour.figure.goodSections'), value: `${good} / ${classed.length}`, colour: WATER_CLASS_COLOURS[3] },
      { label: tt('tour.figure.attainedSections'), value: `${met} / ${judged}` },
    ],
  }
}

/** The figure groups of `stop`, read from the loaded data now. */
export function computeStopFigures(stop: TourStop, locale: Locale): FigureGroup[] {
  const tt = (key: TourMessageKey): string => TOUR_MESSAGES[locale][key]
  const groups: FigureGroup[] = []
  for (const reference of stop.features.slice(0, MAX_FIGURE_GROUPS)) {
    const feature = featureById(reference.layerId, reference.featureId)
    if (!feature) continue
    const title = String(feature.properties?.name ?? reference.featureId)
    const rows = reference.layerId === 'sections' ? sectionRows(feature, stop, locale, tt)
      : reference.layerId === 'remediation-plots' ? plotRows(feature, stop, locale, tt)
        : reference.layerId === 'soil-parcels' ? parcelRows(feature, locale, tt)
          : reference.layerId === 'greenways' ? greenRows(feature, locale, tt)
            : []
    if (rows.length > 0) groups.push({ title, rows })
  }
  if (stop.features.length === 0 && stop.layers.includes('sections')) {
    const summary = sectionSummary(tt)
    if (summary) groups.push(summary)
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
