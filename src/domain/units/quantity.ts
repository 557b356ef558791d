/**
 * The one place quantities become text in the UI language. Chinese keeps the units of the bureau's work
 * report (公里, 公顷, 亩, 万m²: "生态廊道 1350 亩、绿道 23.25 公里、公园绿地 134.18 公顷、1.63 万平方米立体绿化");
 * English uses km, ha and m², and gives 亩 as "mu" with its hectares, since a reader abroad does not know
 * the 市制 unit. 1 亩 = 666.67 m² (greenery/units.ts).
 */
import type { Locale } from '../layers/types.ts'
import { SQUARE_METRES_PER_HECTARE, SQUARE_METRES_PER_MU } from '../greenery/units.ts'

const SQUARE_METRES_PER_WAN = 10_000

/** The name of 亩 in each language. */
export const MU_UNIT = { zh: '亩', en: 'mu' } as const

/**
 * A number with exactly `digits` decimals (at most `digits` when `trim`). English groups thousands
 * (1,350); Chinese groups from five digits only, as the report writes "1350 亩" but "16,300".
 */
export function formatNumber(value: number, digits: number, locale: Locale, trim = false): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: trim ? 0 : digits,
    useGrouping: locale === 'zh' ? 'min2' : 'always',
  }).format(value)
}

export function formatKilometres(kilometres: number, locale: Locale, digits = 2): string {
  return `${formatNumber(kilometres, digits, locale)} ${locale === 'zh' ? '公里' : 'km'}`
}

export function formatHectares(hectares: number, locale: Locale, digits = 2): string {
  return `${formatNumber(hectares, digits, locale)} ${locale === 'zh' ? '公顷' : 'ha'}`
}

/** 亩 in Chinese; in English "mu" followed by the same area in hectares. */
export function formatMu(mu: number, locale: Locale, digits = 0): string {
  if (locale === 'zh') return `${formatNumber(mu, digits, locale)} ${MU_UNIT.zh}`
  return `${formatNumber(mu, digits, locale)} ${MU_UNIT.en} (${formatHectares((mu * SQUARE_METRES_PER_MU) / SQUARE_METRES_PER_HECTARE, locale)})`
}

/** Large areas in 万m² in Chinese (from 1 万m² up), always in whole m² in English. */
export function formatSquareMetres(squareMetres: number, locale: Locale): string {
  if (locale === 'zh' && squareMetres >= SQUARE_METRES_PER_WAN) return `${formatNumber(squareMetres / SQUARE_METRES_PER_WAN, 2, locale)} 万m²`
  return `${formatNumber(squareMetres, 0, locale)} m²`
}

/** A card's area: m² below one hectare, else hectares with 亩/mu beside them. */
export function formatArea(squareMetres: number, locale: Locale): string {
  if (squareMetres < SQUARE_METRES_PER_HECTARE) return locale === 'zh' ? `${formatNumber(squareMetres, 0, locale)} 平方米` : `${formatNumber(squareMetres, 0, locale)} m²`
  const hectares = formatNumber(squareMetres / SQUARE_METRES_PER_HECTARE, 2, locale, true)
  const mu = formatNumber(squareMetres / SQUARE_METRES_PER_MU, 1, locale, true)
  return locale === 'zh' ? `${hectares} 公顷（${mu} ${MU_UNIT.zh}）` : `${hectares} ha (${mu} ${MU_UNIT.en})`
}
