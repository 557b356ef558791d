/**
 * Water classes of GB 3838-2002 (Ⅰ–Ⅴ, plus 劣Ⅴ for worse than Ⅴ), their quality words
 * (环办〔2011〕22号 Table 1 断面水质定性评价) and the project's colour palette.
 */

/** 1–5 = Ⅰ–Ⅴ, 6 = 劣Ⅴ (worse than Ⅴ). */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6

export const WATER_CLASSES: readonly WaterClass[] = [1, 2, 3, 4, 5, 6]

export const WATER_CLASS_NAMES: Readonly<Record<WaterClass, string>> = { 1: 'Ⅰ', 2: 'Ⅱ', 3: 'Ⅲ', 4: 'Ⅳ', 5: 'Ⅴ', 6: '劣Ⅴ' }

export const WATER_CLASS_NAMES_EN: Readonly<Record<WaterClass, string>> = {
  1: 'Class I',
  2: 'Class II',
  3: 'Class III',
  4: 'Class IV',
  5: 'Class V',
  6: 'Worse than V',
}

/** 水质状况 of a section or a group of sections (环办〔2011〕22号 Table 1 and §2.5 of the reference). */
export type QualityStatus = 'excellent' | 'good' | 'light' | 'moderate' | 'heavy'

export const QUALITY_STATUSES: readonly QualityStatus[] = ['excellent', 'good', 'light', 'moderate', 'heavy']

export const QUALITY_WORDS: Readonly<Record<QualityStatus, string>> = {
  excellent: '优',
  good: '良好',
  light: '轻度污染',
  moderate: '中度污染',
  heavy: '重度污染',
}

export const QUALITY_WORDS_EN: Readonly<Record<QualityStatus, string>> = {
  excellent: 'Excellent',
  good: 'Good',
  light: 'Lightly polluted',
  moderate: 'Moderately polluted',
  heavy: 'Heavily polluted',
}

/** Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染 (环办〔2011〕22号 Table 1). */
export function qualityOfClass(waterClass: WaterClass): QualityStatus {
  const byClass: Record<WaterClass, QualityStatus> = { 1: 'excellent', 2: 'excellent', 3: 'good', 4: 'light', 5: 'moderate', 6: 'heavy' }
  return byClass[waterClass]
}

/**
 * Project palette (a convention, not an official standard: 环办〔2011〕22号 names the colours blue,
 * green, yellow, orange, red but gives no RGB). Taken from the Fengxian water app `tianyaxwq/chongqin`
 * (`waterQualityEvaluationC.vue` getRgb16: Ⅰ/Ⅱ #00A1E4, Ⅲ #24C768, Ⅳ #E5CE10, Ⅴ #FF7E00, 劣Ⅴ #FF0000),
 * with three project changes so that every pair stays distinguishable, also under simulated protanopia
 * and deuteranopia (tests/unit/colour-vision.test.ts, ΔE2000 ≥ 10): Ⅰ uses the lighter blue #7FD3F7
 * (Ⅰ and Ⅱ), Ⅳ the brighter yellow #F2E600 and 劣Ⅴ the darker red #C00000 (Ⅳ–Ⅴ–劣Ⅴ). The class numeral
 * is always shown next to the colour; colour never stands alone (issue #8).
 */
export const WATER_CLASS_COLOURS: Readonly<Record<WaterClass, string>> = {
  1: '#7FD3F7',
  2: '#00A1E4',
  3: '#24C768',
  4: '#F2E600',
  5: '#FF7E00',
  6: '#C00000',
}

/**
 * The colour of a class numeral written on its class colour, the one of dark and white with the higher
 * WCAG 2.1 contrast (SC 1.4.3, at least 4.5:1; tests/unit/colour-vision.test.ts): white only on the dark
 * red of 劣Ⅴ. (White on the blue of Ⅱ and the orange of Ⅴ reads 2.9:1 and 2.6:1.)
 */
export const NUMERAL_TEXT_COLOURS: Readonly<Record<WaterClass, string>> = {
  1: '#1a1a1a',
  2: '#1a1a1a',
  3: '#1a1a1a',
  4: '#1a1a1a',
  5: '#1a1a1a',
  6: '#ffffff',
}

/** Text on the no-data grey (the class key's "—"): dark, 6.5:1. */
export const NO_DATA_TEXT_COLOUR = '#1a1a1a'

/** Colour of a section or month without a sample (停测, not monitored): neutral grey, never a class colour. */
export const NO_DATA_COLOUR = '#9E9E9E'

/** Colours of the quality words (the official colour words: 蓝 绿 黄 橙 红), same hues as the classes. */
export const QUALITY_COLOURS: Readonly<Record<QualityStatus, string>> = {
  excellent: '#00A1E4',
  good: '#24C768',
  light: '#F2E600',
  moderate: '#FF7E00',
  heavy: '#C00000',
}

export function isWaterClass(value: unknown): value is WaterClass {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6
}

/** Colour for a class, or the no-data grey. */
export function colourOfClass(waterClass: WaterClass | null): string {
  return waterClass === null ? NO_DATA_COLOUR : WATER_CLASS_COLOURS[waterClass]
}
