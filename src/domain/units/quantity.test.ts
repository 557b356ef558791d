import { describe, expect, it } from 'vitest'
import { formatArea, formatHectares, formatKilometres, formatMu, formatSquareMetres } from './quantity.ts'

describe('quantities in the UI language', () => {
  it('writes the report units in Chinese', () => {
    expect(formatKilometres(23.25, 'zh')).toBe('23.25 公里')
    expect(formatHectares(134.18, 'zh')).toBe('134.18 公顷')
    expect(formatMu(1350, 'zh')).toBe('1350 亩')
    expect(formatSquareMetres(16_300, 'zh')).toBe('1.63 万m²')
    expect(formatSquareMetres(3_200, 'zh')).toBe('3200 m²')
    expect(formatSquareMetres(16_300_000, 'zh')).toBe('1630.00 万m²')
  })

  it('writes km, ha, m² and mu with its hectares in English, never 亩 or 万', () => {
    expect(formatKilometres(23.25, 'en')).toBe('23.25 km')
    expect(formatHectares(134.18, 'en')).toBe('134.18 ha')
    // 1350 亩 × 666.67 m² = 900 004.5 m² = 90.00 ha
    expect(formatMu(1350, 'en')).toBe('1,350 mu (90.00 ha)')
    expect(formatSquareMetres(16_300, 'en')).toBe('16,300 m²')
    for (const text of [formatMu(1350, 'en'), formatSquareMetres(16_300, 'en'), formatArea(36_003, 'en')]) expect(text).not.toMatch(/[亩万]/)
  })

  it('gives a card area in m² below a hectare, else in hectares with 亩 or mu', () => {
    expect(formatArea(3_200, 'zh')).toBe('3200 平方米')
    expect(formatArea(36_003, 'zh')).toBe('3.6 公顷（54 亩）')
    expect(formatArea(36_003, 'en')).toBe('3.6 ha (54 mu)')
  })
})
