/**
 * Briefing export: every stop is applied to the map in turn (no animation), the map is captured once
 * idle with legend, scale, north arrow, title and date drawn in, and the stop's key figures are
 * computed at that moment. The explore view is restored afterwards. The pages are then shown as a
 * printable view (TourBriefing.vue) and can be saved as one ZIP with one PNG per stop.
 */
import { ref, type Ref } from 'vue'
import { stopText, type Tour } from '@/domain/tour/index.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { formatMonthInMode } from '@/domain/time/index.ts'
import { applyStop } from '@/map/tour/apply-stop.ts'
import { captureMapPng } from '@/map/tour/capture.ts'
import { dataUrlBytes, zipFiles, ZIP_MIME } from '@/data/export/index.ts'
import { downloadFile } from '@/data/export/download.ts'
import { changeLegendLine } from '@/domain/filters/index.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import type { MapHandle } from '@/map/tour/map-handle.ts'
import { applyViewState, currentViewState } from '@/map/use-url-state.ts'
import { computeStopFigures, type FigureGroup } from './use-tour-figures.ts'
import { TOUR_MESSAGES } from '@/i18n/tour-messages.ts'

export interface BriefingPage {
  number: number
  title: string
  caption: string
  group: string
  /** What the image shows in time, e.g. "2019年6月". */
  period: string
  image: string
  figures: FigureGroup[]
  /** What the comparison rings on the image mean, with counts ("同比：好转 3 · 变差 2 · 无变化 38"); '' without a comparison. */
  change: string
}

export interface Briefing {
  title: string
  date: string
  sample: boolean
  pages: BriefingPage[]
}

/** A file name for stop `number` of a tour: "2019-inspection-03.png". */
export function briefingImageName(tourId: string, number: number): string {
  return `${tourId}-${String(number).padStart(2, '0')}.png`
}

/** The ZIP of every stop's PNG: "2019-inspection-png.zip". */
export function briefingZipName(tourId: string): string {
  return `${tourId}-png.zip`
}

/** Makes the briefing of `tour` on `map`; `progress` counts pages done. */
export async function makeBriefing(map: MapHandle, tour: Tour, locale: Locale, progress?: Ref<number>): Promise<Briefing> {
  const saved = currentViewState(map)
  const pages: BriefingPage[] = []
  const sampleMark = tour.sample ? ` · ${TOUR_MESSAGES[locale]['tour.sample']}` : ''
  try {
    for (const [index, stop] of tour.stops.entries()) {
      await applyStop(map, stop, { animate: false })
      const text = stopText(stop, locale)
      const period = formatMonthInMode(stop.clock.month, stop.clock.mode, locale)
      const group = tour.groups.find((candidate) => candidate.id === stop.group)?.name ?? ''
      const image = await captureMapPng(map, {
        title: `${index + 1}. ${text.title}`,
        subtitle: `${tour.title} · ${tour.date} · ${period}${sampleMark}`,
        locale,
      })
      const compare = useSectionFilterStore().compare
      const change = compare === 'none' ? '' : changeLegendLine(compare, useSectionViewStore().shownChanges, locale)
      pages.push({ number: index + 1, title: text.title, caption: text.caption, group, period, image, figures: computeStopFigures(stop, locale), change })
      if (progress) progress.value = index + 1
    }
  } finally {
    applyViewState(saved, map)
  }
  return { title: tour.title, date: tour.date, sample: tour.sample === true, pages }
}

export function useTourBriefing() {
  const briefing = ref<Briefing | null>(null)
  const working = ref(false)
  const done = ref(0)
  const error = ref<string | null>(null)

  async function make(map: MapHandle, tour: Tour, locale: Locale) {
    working.value = true
    done.value = 0
    error.value = null
    try {
      briefing.value = await makeBriefing(map, tour, locale, done)
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
    } finally {
      working.value = false
    }
  }

  /** One ZIP with one PNG per stop: browsers block or drop a burst of separate downloads. */
  function downloadPngs(tourId: string) {
    const pages = briefing.value?.pages ?? []
    if (pages.length === 0) return
    try {
      const zip = zipFiles(pages.map((page) => ({ name: briefingImageName(tourId, page.number), bytes: dataUrlBytes(page.image) })))
      downloadFile(briefingZipName(tourId), zip, ZIP_MIME)
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  return { briefing, working, done, error, make, downloadPngs, close: () => (briefing.value = null) }
}
