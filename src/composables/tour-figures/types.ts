/** The figure panel's plain data: groups of label/value rows, worded in the planner's language. */
import type { Locale } from '@/domain/layers/types.ts'
import type { TourMessageKey } from '@/i18n/tour-messages.ts'
import type { Feature } from 'geojson'
import type { TourStop } from '@/domain/tour/index.ts'

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

/** What every figure builder needs: the language and its message lookup. */
export interface FigureWords {
  locale: Locale
  tt: (key: TourMessageKey, values?: Record<string, string | number>) => string
}

/** A feature's name in the planner's language (`name_en` when English and present). */
export function featureName(properties: Record<string, unknown> | null | undefined, fallback: string, locale: Locale): string {
  const english = properties?.name_en
  if (locale === 'en' && typeof english === 'string' && english) return english
  return String(properties?.name ?? fallback)
}

/** Numbers as the report writes them: fixed decimals, grouped thousands. */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  return value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

/**
 * A family's figures on a tour slide (issue 16 §1), registered in tour-figures/families.ts. Each method
 * gets one of the family's layers at a time and returns its groups in order (null or empty groups are
 * dropped, and so is a group whose title an earlier group has); a family with no figures leaves them out.
 */
export interface FamilyTourFigures {
  /** Groups of the features of `layerId` the stop names (loaded, in the stop's order). */
  featureGroups?(layerId: string, features: readonly Feature[], stop: TourStop, words: FigureWords): (FigureGroup | null)[]
  /** Totals those features belong to (the report's yearly total of their kind); shown after every feature's groups. */
  totalGroups?(layerId: string, features: readonly Feature[], stop: TourStop, words: FigureWords): (FigureGroup | null)[]
  /** For a stop that names no feature: a summary of `layerId`, which the stop shows, at the stop's period. */
  layerGroups?(layerId: string, stop: TourStop, words: FigureWords): (FigureGroup | null)[]
}
