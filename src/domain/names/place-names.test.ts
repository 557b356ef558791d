import { describe, expect, it } from 'vitest'
import { featureName, namePairs, NO_PLACE_NAMES, placeName, withPlaceNames } from './place-names.ts'

describe('featureName', () => {
  const section = { id: 'FX01', name: '金汇港-钱桥', name_en: 'Jinhuigang Canal – Qianqiao' }
  it('gives name_en in English and name in Chinese', () => {
    expect(featureName(section, 'en')).toBe('Jinhuigang Canal – Qianqiao')
    expect(featureName(section, 'zh')).toBe('金汇港-钱桥')
  })
  it('keeps the Chinese name in English when there is no usable name_en, and the id without a name', () => {
    expect(featureName({ id: 'RP01', name: '南桥新城14单元06A-02A' }, 'en')).toBe('南桥新城14单元06A-02A')
    expect(featureName({ id: 'X', name: '甲', name_en: '  ' }, 'en')).toBe('甲')
    expect(featureName({ id: 7 }, 'en')).toBe('7')
    expect(featureName(null, 'zh')).toBe('')
  })
})

describe('place names', () => {
  const towns = [
    { properties: { name: '南桥镇', name_en: 'Nanqiao Town' } },
    { properties: { name: '奉城镇', name_en: 'Fengcheng Town' } },
    { properties: { name: '无英文' } },
  ]
  const sections = [
    { properties: { river: '金汇港', river_en: 'Jinhuigang Canal' } },
    { properties: { river: '金汇港', river_en: 'Other' } },
  ]
  const names = withPlaceNames(withPlaceNames(NO_PLACE_NAMES, 'town', namePairs(towns)), 'river', namePairs(sections, 'river', 'river_en'))

  it('translates towns and rivers from the pairs the data carries, first pair winning', () => {
    expect(placeName(names, 'town', '南桥镇', 'en')).toBe('Nanqiao Town')
    expect(placeName(names, 'river', '金汇港', 'en')).toBe('Jinhuigang Canal')
  })
  it('leaves Chinese as it is, and an unknown place in Chinese in English', () => {
    expect(placeName(names, 'town', '南桥镇', 'zh')).toBe('南桥镇')
    expect(placeName(names, 'town', '无英文', 'en')).toBe('无英文')
    expect(placeName(names, 'river', '南桥镇', 'en')).toBe('南桥镇')
  })
})
