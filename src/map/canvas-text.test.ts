import { describe, expect, it } from 'vitest'
import { canvasText } from './canvas-text.ts'
import { WATER_CLASSES, WATER_CLASS_NAMES } from '@/domain/water-quality/index.ts'

describe('canvasText', () => {
  it('writes every water class numeral with Latin letters, so no canvas font can drop Ⅴ', () => {
    expect(WATER_CLASSES.map((waterClass) => canvasText(WATER_CLASS_NAMES[waterClass]))).toEqual(['I', 'II', 'III', 'IV', 'V', '劣V'])
  })

  it('keeps the rest of a caption as it is', () => {
    expect(canvasText('劣Ⅴ类断面 3 个（Ⅳ→Ⅴ）, ⅻ')).toBe('劣V类断面 3 个（IV→V）, xii')
  })
})
