/** Text for cards and tooltips: class names with their quality word, main pollutants with multiples. */
import type { MainPollutant } from './classify.ts'
import { INDICATOR_INFO } from './indicators.ts'
import { formatExceedance } from './rounding.ts'
import { QUALITY_WORDS, QUALITY_WORDS_EN, WATER_CLASS_NAMES, WATER_CLASS_NAMES_EN, qualityOfClass, type WaterClass } from './water-class.ts'

/** "Ⅳ类（轻度污染）", or "无数据" for no sample. The numeral always comes with the colour (issue #8). */
export function describeClass(waterClass: WaterClass | null): string {
  if (waterClass === null) return '无数据'
  return `${WATER_CLASS_NAMES[waterClass]}类（${QUALITY_WORDS[qualityOfClass(waterClass)]}）`
}

export function describeClassEn(waterClass: WaterClass | null): string {
  if (waterClass === null) return 'No data'
  return `${WATER_CLASS_NAMES_EN[waterClass]} (${QUALITY_WORDS_EN[qualityOfClass(waterClass)]})`
}

/**
 * "氨氮(1.25)" — the name with its 超标倍数, as 环办〔2011〕22号 §4 shows it ("如高锰酸盐指数（1.2）"),
 * always through formatExceedance (round half to even, 2 decimals) so the card, the tour, the board and
 * the briefing show the same number; pH and DO have no multiple and are shown by name only.
 */
export function describeMainPollutant(pollutant: MainPollutant, language: 'zh' | 'en' = 'zh'): string {
  const item = INDICATOR_INFO[pollutant.indicator]
  const name = language === 'zh' ? item.nameZh : item.nameEn
  // Chinese sets the multiple in brackets right after the name; English puts a space before them.
  return Number.isNaN(pollutant.exceedance) ? name : `${name}${language === 'zh' ? '' : ' '}(${formatExceedance(pollutant.exceedance)})`
}

/** "总磷(0.30)、氨氮(0.25)" */
export function describeMainPollutants(pollutants: readonly MainPollutant[], language: 'zh' | 'en' = 'zh'): string {
  return pollutants.map((pollutant) => describeMainPollutant(pollutant, language)).join(language === 'zh' ? '、' : ', ')
}
