/**
 * The whole explore view as serialisable data: what a permalink, a tour stop and a reload must
 * restore. No map objects, only numbers and strings (Slidev `SharedState`, uMap "customized link":
 * view, visible layers, open feature).
 */
import type { Locale } from '../time/format.ts'
import type { Month } from '../time/month.ts'
import type { PeriodMode } from '../time/period.ts'
import type { CompareMode } from '../filters/change.ts'
import type { SectionFilter } from '../filters/types.ts'

/** A map camera, as MapLibre's jumpTo/flyTo take it. */
export interface Camera {
  /** [longitude, latitude] in WGS84 degrees. */
  center: [number, number]
  zoom: number
  /** Degrees clockwise from north, in (−180, 180]. */
  bearing: number
  /** Degrees from vertical, 0–85. */
  pitch: number
}

/** One layer of the catalogue: shown or not, and its opacity (0–1). */
export interface LayerState {
  id: string
  visible: boolean
  opacity: number
}

/** A feature of a layer, e.g. { layerId: 'sections', featureId: 'FX01' }. */
export interface FeatureRef {
  layerId: string
  featureId: string
}

/** The clock part of a view: the month and how months are grouped. */
export interface ClockPosition {
  month: Month
  mode: PeriodMode
}

export interface ViewState {
  camera: Camera
  /** The layer catalogue in drawing order; the order comes from the app, not from the URL. */
  layers: LayerState[]
  clock: ClockPosition
  compare: CompareMode
  filter: SectionFilter
  selected: FeatureRef | null
  locale?: Locale
  /**
   * The planner's layer order, top first (domain/layers/layer-order.ts); absent or empty: the
   * catalogue's. Ids of layers this app does not have (yet) are kept: the order ignores them.
   */
  order?: string[]
}

/** Bounds the decoder checks values against (all optional). */
export interface ViewStateLimits {
  /** Months with data; a month outside is moved to the nearest end, with a problem. */
  months?: { first: Month; last: Month }
  /** Known rivers and towns; other names are dropped, with a problem. */
  rivers?: readonly string[]
  towns?: readonly string[]
}

/** Limits for camera values (MapLibre's Web Mercator range, the app's zoom range). */
export const CAMERA_LIMITS = {
  longitude: [-180, 180],
  latitude: [-85.051129, 85.051129],
  zoom: [0, 22],
  pitch: [0, 85],
} as const

/** Decimal places written to the URL: centre ≈ 0.1 m, zoom 1/100 level, angles 0.1°. */
export const CAMERA_PRECISION = { center: 6, zoom: 2, bearing: 1, pitch: 1 } as const
