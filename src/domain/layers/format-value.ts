/**
 * How a card shows a property value, by the field's format (see CardField). Pure: locale in, text out.
 */
import type { FieldFormat, Locale, LocalizedText } from './types.ts'
import { GREEN_KINDS, SECTION_LEVELS, SOIL_KINDS, STATUSES, vocabularyText } from './vocabulary.ts'

/** 1 亩 = 666.67 m² (the conversion used in the bureau's report and in Chinese land statistics). */
export const SQUARE_METRES_PER_MU = 666.67

const ROMAN_CLASSES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ']

export interface FormatContext {
  locale: Locale
  /** Display names of coded values that live in other domain modules (remediation stages …). */
  stageNames?: Record<string, LocalizedText>
}

function formatNumber(value: number, digits: number, locale: Locale): string {
  return value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

export function formatArea(squareMetres: number, locale: Locale): string {
  const hectares = squareMetres / 10_000
  const mu = squareMetres / SQUARE_METRES_PER_MU
  if (squareMetres < 10_000) return locale === 'zh' ? `${formatNumber(squareMetres, 0, locale)} 平方米` : `${formatNumber(squareMetres, 0, locale)} m²`
  return locale === 'zh'
    ? `${formatNumber(hectares, 2, locale)} 公顷（${formatNumber(mu, 1, locale)} 亩）`
    : `${formatNumber(hectares, 2, locale)} ha (${formatNumber(mu, 1, locale)} mu)`
}

export function formatMonth(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  const [, year, monthNumber] = match
  if (locale === 'zh') return `${year}年${Number(monthNumber)}月`
  const name = new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
  return `${name} ${year}`
}

export function waterClassName(waterClass: number, locale: Locale): string {
  const roman = ROMAN_CLASSES[waterClass - 1]
  if (!roman) return locale === 'zh' ? '无数据' : 'No data'
  if (locale === 'zh') return `${roman}类`
  return waterClass === 6 ? 'Worse than Ⅴ' : `Class ${roman}`
}

/** The text of a value, or '' when the value is absent (the card then leaves the row out). */
export function formatValue(value: unknown, format: FieldFormat, context: FormatContext): string {
  const { locale } = context
  if (value === undefined || value === null || value === '') return ''
  switch (format) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, 2, locale) : String(value)
    case 'area':
      return typeof value === 'number' ? formatArea(value, locale) : String(value)
    case 'length':
      return typeof value === 'number' ? `${formatNumber(value, 2, locale)} ${locale === 'zh' ? '公里' : 'km'}` : String(value)
    case 'month':
      return formatMonth(String(value), locale)
    case 'level':
      return vocabularyText(SECTION_LEVELS, value, locale)
    case 'water-class':
      return waterClassName(Number(value), locale)
    case 'stage':
      return vocabularyText(context.stageNames ?? {}, value, locale)
    case 'kind':
      return vocabularyText({ ...SOIL_KINDS, ...GREEN_KINDS }, value, locale)
    case 'status':
      return vocabularyText(STATUSES, value, locale)
    case 'boolean':
      return value === true ? (locale === 'zh' ? '是' : 'Yes') : value === false ? (locale === 'zh' ? '否' : 'No') : String(value)
    case 'text':
      return String(value)
  }
}
