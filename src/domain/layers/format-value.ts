/**
 * How a card shows a property value, by the field's format (see CardField). Pure: locale in, text out.
 * Coded values (kind, status, level, stage) are named by the families' vocabularies (domain/families).
 */
import type { FieldFormat, Locale } from './types.ts'
import { vocabularyText } from './vocabulary.ts'
import { familyVocabulary } from '../families/registry.ts'
import { formatArea, formatKilometres, formatNumber } from '../units/quantity.ts'
import { NO_PLACE_NAMES, placeName, type PlaceNames } from '../names/place-names.ts'

/** 1 亩 = 666.67 m² (the conversion used in the bureau's report and in Chinese land statistics). */
export { SQUARE_METRES_PER_MU } from '../greenery/units.ts'
export { formatArea }

const ROMAN_CLASSES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ']

export interface FormatContext {
  locale: Locale
  /** English names of the towns and rivers that `town`/`river` fields name in Chinese. */
  placeNames?: PlaceNames
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
      return typeof value === 'number' ? formatNumber(value, 2, locale, true) : String(value)
    case 'area':
      return typeof value === 'number' ? formatArea(value, locale) : String(value)
    case 'length':
      return typeof value === 'number' ? formatKilometres(value, locale) : String(value)
    case 'month':
      return formatMonth(String(value), locale)
    case 'level':
    case 'stage':
    case 'kind':
    case 'status':
      return vocabularyText(familyVocabulary(format), value, locale)
    case 'water-class':
      return waterClassName(Number(value), locale)
    case 'boolean':
      return value === true ? (locale === 'zh' ? '是' : 'Yes') : value === false ? (locale === 'zh' ? '否' : 'No') : String(value)
    case 'town':
    case 'river':
      return placeName(context.placeNames ?? NO_PLACE_NAMES, format, String(value), locale)
    case 'text':
      return String(value)
  }
}
