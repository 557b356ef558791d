import { describe, expect, it } from 'vitest'
import { formatArea, formatMonth, formatValue, waterClassName } from './format-value.ts'

describe('formatValue', () => {
  it.each([
    [12_000, 'zh', '1.2 公顷（18 亩）'],
    [12_000, 'en', '1.2 ha (18 mu)'],
    [850, 'zh', '850 平方米'],
  ] as const)('shows %d m² as %s in %s', (squareMetres, locale, expected) => {
    expect(formatArea(squareMetres, locale)).toBe(expected)
  })

  it.each([
    ['2020-06', 'zh', '2020年6月'],
    ['2020-06', 'en', 'Jun 2020'],
    ['not a month', 'zh', 'not a month'],
  ] as const)('formats month %s in %s as %s', (month, locale, expected) => {
    expect(formatMonth(month, locale)).toBe(expected)
  })

  it.each([
    [1, 'zh', 'Ⅰ类'],
    [5, 'zh', 'Ⅴ类'],
    [6, 'zh', '劣Ⅴ类'],
    [6, 'en', 'Worse than Ⅴ'],
    [0, 'zh', '无数据'],
  ] as const)('names water class %d in %s as %s', (waterClass, locale, expected) => {
    expect(waterClassName(waterClass, locale)).toBe(expected)
  })

  it('keeps markup in text values as plain text (rendering escapes it)', () => {
    expect(formatValue('<img src=x onerror=alert(1)>', 'text', { locale: 'zh' })).toBe('<img src=x onerror=alert(1)>')
  })

  it('names section levels and leaves unknown codes visible', () => {
    expect(formatValue('national', 'level', { locale: 'zh' })).toBe('国考')
    expect(formatValue('galactic', 'level', { locale: 'en' })).toBe('galactic')
  })

  it('names towns and rivers in English from the place names, and as the data writes them in Chinese', () => {
    const placeNames = { town: { 青村镇: 'Qingcun Town' }, river: { 金汇港: 'Jinhuigang Canal' } }
    expect(formatValue('青村镇', 'town', { locale: 'en', placeNames })).toBe('Qingcun Town')
    expect(formatValue('金汇港', 'river', { locale: 'en', placeNames })).toBe('Jinhuigang Canal')
    expect(formatValue('金汇港', 'river', { locale: 'zh', placeNames })).toBe('金汇港')
    expect(formatValue('航塘港', 'river', { locale: 'en' })).toBe('航塘港')
  })

  it('returns an empty text for missing values so the card can skip the row', () => {
    expect(formatValue(undefined, 'area', { locale: 'zh' })).toBe('')
  })
})
