/** Small text helpers of the board: percentages, class names, section names in the current language. */
import type { AssessmentSection } from '@/domain/assessment/index.ts'
import { INDICATOR_INFO, QUALITY_WORDS, QUALITY_WORDS_EN, WATER_CLASS_NAMES, WATER_CLASS_NAMES_EN, type Indicator, type QualityStatus, type WaterClass } from '@/domain/water-quality/index.ts'
import type { Locale } from '@/domain/layers/types.ts'

/** "83.3 %"; a share without data is "—" with the reason said beside it by the caller. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)} %`
}

export function className(waterClass: WaterClass | null, locale: Locale, noData: string): string {
  if (waterClass === null) return noData
  return locale === 'zh' ? `${WATER_CLASS_NAMES[waterClass]}类` : WATER_CLASS_NAMES_EN[waterClass]
}

export function statusWord(status: QualityStatus | null, locale: Locale, noData: string): string {
  if (status === null) return noData
  return locale === 'zh' ? QUALITY_WORDS[status] : QUALITY_WORDS_EN[status]
}

export function sectionName(section: AssessmentSection, locale: Locale): string {
  return locale === 'en' && section.nameEn ? section.nameEn : section.name
}

export function itemName(indicator: Indicator, locale: Locale): string {
  return locale === 'zh' ? INDICATOR_INFO[indicator].nameZh : INDICATOR_INFO[indicator].nameEn
}

/** The item's unit from GB 3838-2002 Table 1 (mg/L; pH 无量纲, left blank in English). */
export function itemUnit(indicator: Indicator, locale: Locale): string {
  return INDICATOR_INFO[indicator].unit[locale]
}

/** A concentration with 2 decimals as the report writes its means (0.20, 0.82); 2 significant digits below 0.05. */
export function concentration(value: number): string {
  return value !== 0 && Math.abs(value) < 0.05 ? String(Number(value.toPrecision(2))) : value.toFixed(2)
}

/** "2019-01 至 2019-11" */
export function periodText(first: string, last: string, locale: Locale): string {
  if (first === last) return first
  return locale === 'zh' ? `${first} 至 ${last}` : `${first} to ${last}`
}
