/** The figure panel's plain data: groups of label/value rows, worded in the planner's language. */
import type { Locale } from '@/domain/layers/types.ts'
import type { TourMessageKey } from '@/i18n/tour-messages.ts'

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
