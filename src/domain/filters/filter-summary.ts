/**
 * The active section filter in words, one short part per kind, for the chip bar that stays on the map
 * while a filter is on (issue 12 item 4): "Ⅳ类及以下 · 国考/市考 · 奉城镇". A planner or a leader must
 * see at a glance that not every section is drawn, and why.
 */
import { LEVEL_NAMES, type ClassOption, type SectionFilter, type WaterClass } from './types.ts'

export type SummaryLocale = 'zh' | 'en'

/** One active kind of the filter and its words. */
export interface FilterSummaryPart {
  kind: 'classes' | 'levels' | 'rivers' | 'towns' | 'attainment' | 'changedOnly'
  text: string
}

const NUMERALS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'] as const

function className(waterClass: WaterClass, locale: SummaryLocale): string {
  const numeral = NUMERALS[waterClass - 1]!
  if (locale === 'zh') return `${numeral}类`
  return waterClass === 6 ? 'worse than Ⅴ' : `class ${numeral}`
}

/**
 * Classes in words. A run that reaches 劣Ⅴ reads "Ⅳ类及以下" (Ⅳ or worse), a run from Ⅰ reads
 * "Ⅲ类及以上" (Ⅲ or better) — the report's own wording (GB 3838-2002: Ⅰ best … 劣Ⅴ worst); other
 * sets are listed.
 */
export function describeClasses(options: readonly ClassOption[], locale: SummaryLocale): string {
  const classes = [...new Set(options.filter((option): option is WaterClass => option !== 'none'))].sort((a, b) => a - b)
  const noData = options.includes('none') ? [locale === 'zh' ? '无数据' : 'no data'] : []
  const first = classes[0]
  const last = classes[classes.length - 1]
  const contiguous = first !== undefined && last !== undefined && last - first + 1 === classes.length
  let words: string[]
  if (contiguous && classes.length > 1 && last === 6) words = [locale === 'zh' ? `${className(first, locale)}及以下` : `${className(first, locale)} or worse`]
  else if (contiguous && classes.length > 1 && first === 1) words = [locale === 'zh' ? `${className(last, locale)}及以上` : `${className(last, locale)} or better`]
  else words = classes.map((waterClass) => className(waterClass, locale))
  return [...words, ...noData].join('/')
}

/** The active kinds of `filter` in words, in the filter panel's order; empty when nothing is filtered. */
/** `placeName` words a river or town in the locale (name_en where the data has it); the name as written by default. */
export function filterSummary(
  filter: SectionFilter,
  locale: SummaryLocale,
  placeName: (kind: 'river' | 'town', name: string) => string = (_kind, name) => name,
): FilterSummaryPart[] {
  const parts: FilterSummaryPart[] = []
  const listSeparator = locale === 'zh' ? '、' : ', '
  if (filter.classes.length > 0) parts.push({ kind: 'classes', text: describeClasses(filter.classes, locale) })
  if (filter.levels.length > 0) parts.push({ kind: 'levels', text: filter.levels.map((level) => LEVEL_NAMES[level][locale]).join('/') })
  if (filter.attainment.length > 0) {
    const names = { met: { zh: '达标', en: 'target met' }, unmet: { zh: '未达标', en: 'target not met' } }
    parts.push({ kind: 'attainment', text: filter.attainment.map((value) => names[value][locale]).join('/') })
  }
  if (filter.rivers.length > 0) parts.push({ kind: 'rivers', text: filter.rivers.map((river) => placeName('river', river)).join(listSeparator) })
  if (filter.towns.length > 0) parts.push({ kind: 'towns', text: filter.towns.map((town) => placeName('town', town)).join(listSeparator) })
  if (filter.changedOnly) parts.push({ kind: 'changedOnly', text: locale === 'zh' ? '仅有变化' : 'changed only' })
  return parts
}
