/**
 * The chart in words: each point's tooltip and the summary that screen readers get as the chart's
 * description (issue 13 §2 "a text alternative"). Plain functions over the geometry and a message lookup.
 */
import { formatMonth, type Locale } from '@/domain/time/index.ts'
import type { WaterClass } from '@/domain/water-quality/index.ts'
import { waterClassName } from '@/domain/layers/format-value.ts'
import type { CHART_MESSAGES } from '@/i18n/chart-messages.ts'
import type { ChartGeometry, ChartMonth, ChartPoint } from './chart-geometry.ts'

type ChartKey = keyof (typeof CHART_MESSAGES)['zh']

export interface ChartWords {
  ct: (key: ChartKey, values?: Record<string, string | number>) => string
  locale: Locale
  /** The indicator's name and unit in the locale ('' for pH). */
  name: string
  unit: string
}

export const formatChartValue = (value: number) => Number(value.toPrecision(3)).toString()

export function describePoint(point: ChartPoint, words: ChartWords): string {
  const { ct, locale, name, unit } = words
  const values = { month: formatMonth(point.month, locale), name, unit, value: point.value === null ? '' : formatChartValue(point.value) }
  if (point.kind === 'stopped') return ct('chart.pointStopped', values)
  if (point.kind === 'below-detection') return ct(point.value === null ? 'chart.pointBelowNoLimit' : 'chart.pointBelow', values)
  return ct('chart.pointValue', { ...values, itemClass: point.waterClass ? waterClassName(point.waterClass, locale) : '' })
}

export function describeChart(geometry: ChartGeometry, months: readonly ChartMonth[], targetClass: WaterClass | null, words: ChartWords): string {
  const { ct, locale, name, unit } = words
  const withUnit = (text: string) => `${text} ${unit}`.trim()
  const measured = geometry.points.filter((point) => point.kind === 'value')
  const below = geometry.points.filter((point) => point.kind === 'below-detection')
  const first = months[0]?.month
  const last = months[months.length - 1]?.month
  const range = { name, first: first ? formatMonth(first, locale) : '', last: last ? formatMonth(last, locale) : '' }
  if (measured.length === 0 && below.length > 0) {
    const limits = [...new Set(below.map((point) => (point.value === null ? '?' : formatChartValue(point.value))))]
    return ct('chart.summaryOnlyBelow', { ...range, count: below.length, limit: withUnit(limits.join(locale === 'zh' ? '、' : ', ')) })
  }
  if (measured.length === 0) return ct('chart.summaryNoData', range)
  const highest = measured.reduce((best, point) => ((point.value ?? 0) > (best.value ?? 0) ? point : best))
  const limit = geometry.targetLines.map((line) => formatChartValue(line.value)).join('–')
  const text = ct('chart.summary', {
    ...range,
    count: measured.length,
    max: withUnit(formatChartValue(highest.value!)),
    maxMonth: formatMonth(highest.month, locale),
    target: targetClass ? waterClassName(targetClass, locale) : ct('chart.noTarget'),
    limit: limit ? withUnit(limit) : '—',
  })
  return below.length > 0 ? `${text} ${ct('chart.summaryBelow', { count: below.length })}` : text
}
