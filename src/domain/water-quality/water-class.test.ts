import { describe, expect, it } from 'vitest'
import { describeClass, describeClassEn, describeMainPollutant, describeMainPollutants } from './format.ts'
import { colourOfClass, NO_DATA_COLOUR, qualityOfClass, QUALITY_WORDS, WATER_CLASS_COLOURS, WATER_CLASS_NAMES, WATER_CLASSES } from './water-class.ts'

describe('class names, quality words and colours', () => {
  it.each([
    [1, 'Ⅰ', '优', '#7FD3F7'],
    [2, 'Ⅱ', '优', '#00A1E4'],
    [3, 'Ⅲ', '良好', '#24C768'],
    [4, 'Ⅳ', '轻度污染', '#F2E600'],
    [5, 'Ⅴ', '中度污染', '#FF7E00'],
    [6, '劣Ⅴ', '重度污染', '#C00000'],
  ] as const)('class %s: %s, %s, %s', (waterClass, name, word, colour) => {
    expect(WATER_CLASS_NAMES[waterClass]).toBe(name)
    expect(QUALITY_WORDS[qualityOfClass(waterClass)]).toBe(word)
    expect(WATER_CLASS_COLOURS[waterClass]).toBe(colour)
  })
  it('gives every class its own colour (Ⅰ and Ⅱ too) and no class the no-data grey', () => {
    const colours = WATER_CLASSES.map((waterClass) => WATER_CLASS_COLOURS[waterClass])
    expect(new Set(colours).size).toBe(6)
    expect(colours).not.toContain(NO_DATA_COLOUR)
    expect(colourOfClass(null)).toBe(NO_DATA_COLOUR)
  })
})

describe('text for cards', () => {
  it.each([
    [4, 'Ⅳ类（轻度污染）', 'Class IV (Lightly polluted)'],
    [6, '劣Ⅴ类（重度污染）', 'Worse than V (Heavily polluted)'],
    [null, '无数据', 'No data'],
  ] as const)('%s → %s / %s', (waterClass, zh, en) => {
    expect(describeClass(waterClass)).toBe(zh)
    expect(describeClassEn(waterClass)).toBe(en)
  })
  it('shows the exceedance multiple after the name, none for DO', () => {
    expect(describeMainPollutant({ indicator: 'NH3N', exceedance: 1.26 })).toBe('氨氮(1.26)')
    expect(describeMainPollutant({ indicator: 'TP', exceedance: 0.25 }, 'en')).toBe('Total phosphorus (0.25)')
    expect(describeMainPollutants([{ indicator: 'TP', exceedance: 0.3 }, { indicator: 'DO', exceedance: Number.NaN }])).toBe('总磷(0.30)、溶解氧')
  })
})
