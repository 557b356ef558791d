/**
 * Inspection tours as data (issue #5): an ordered list of stops, each naming the features it is
 * about and the map view to show, grouped like the report's 视察 groups (13 groups, 44 sites in
 * 2019). Stops hold only ids and view settings; every figure shown at a stop is computed from the
 * data by the app, never typed into the tour.
 */
import type { CompareMode } from '../filters/change.ts'
import type { SectionFilter } from '../filters/types.ts'
import type { Camera, ClockPosition, FeatureRef } from '../view-state/types.ts'

/** A visiting group (视察组) and, optionally, its members as plain names. */
export interface TourGroup {
  id: string
  name: string
  /** English name, shown when the UI is English (issue 12 item 8); the Chinese name otherwise. */
  name_en?: string
  members?: string[]
}

/** Frame the stop's features instead of a fixed camera; padding in CSS pixels. */
export interface FitCamera {
  fit: true
  padding?: number
}

export type StopCamera = Camera | FitCamera

export interface TourStop {
  id: string
  title: string
  /** English title, shown when the UI is English; `title` otherwise. */
  title_en?: string
  /** A few lines of plain text (never HTML or Markdown). */
  caption: string
  /** English caption, shown when the UI is English; `caption` otherwise. */
  caption_en?: string
  /** Id of the group visiting this stop. */
  group: string
  /** The features the stop is about; the first one is selected. */
  features: FeatureRef[]
  camera: StopCamera
  /** Ids of the visible layers. */
  layers: string[]
  clock: ClockPosition
  filter?: SectionFilter
  /** Class comparison shown at the stop (环比/同比); 'none' when absent. */
  compare?: CompareMode
  /** Image paths relative to public/, e.g. 'tours/2019/fx01.jpg'. */
  photos?: string[]
  /** Seconds to stay on this stop in autoplay. */
  dwellSeconds?: number
  /**
   * Assessment-board blocks shown as key figures (issue 13): which block, for which period and group;
   * the figures are computed from the data at show time, like every other figure of a stop.
   */
  assessment?: StopAssessment[]
}

/** Blocks of the assessment board that can be added to a stop. */
export const BOARD_BLOCKS = ['distribution', 'attainment', 'change', 'means', 'matrix', 'margins', 'ranking'] as const
export type BoardBlock = (typeof BOARD_BLOCKS)[number]

export interface StopAssessment {
  block: BoardBlock
  period: { kind: 'month' | 'quarter' | 'year' | 'ytd' | 'range'; first: string; last: string }
  group: { kind: 'assessed' } | { kind: 'all' } | { kind: 'river'; name: string } | { kind: 'town'; name: string } | { kind: 'ids'; ids: string[] }
}

export interface Tour {
  id: string
  title: string
  /** English title of the tour, shown when the UI is English. */
  title_en?: string
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: string
  /** True for made-up sample tours (shown with a 示例 mark). */
  sample?: boolean
  description?: string
  description_en?: string
  groups: TourGroup[]
  stops: TourStop[]
}

/** Seconds per stop in autoplay when a stop does not say. */
export const DEFAULT_DWELL_SECONDS = 8

export function isFitCamera(camera: StopCamera): camera is FitCamera {
  return 'fit' in camera && camera.fit === true
}

/** The languages a tour's text can come in; the tour file's plain fields are Chinese. */
export type TourLocale = 'zh' | 'en'

/**
 * A text field in the planner's language: the `_en` twin when the UI is English and the file has one,
 * the Chinese field otherwise (a tour without English still presents, in Chinese).
 */
export function localText(chinese: string, english: string | undefined, locale: TourLocale): string {
  return locale === 'en' && english ? english : chinese
}

/** Title and caption of a stop in the planner's language. */
export function stopText(stop: TourStop, locale: TourLocale): { title: string; caption: string } {
  return { title: localText(stop.title, stop.title_en, locale), caption: localText(stop.caption, stop.caption_en, locale) }
}
