/**
 * The 45 sample monitoring sections (断面). Real section names and target classes come from
 * domain-reference §5.3 (fx361-FX, 2022): 金汇港-钱桥 and 金汇港-南奉公路桥 target Ⅳ; the six sections
 * north of 大叶公路 in the 黄浦江 water-source protection area target Ⅲ; every other section target Ⅴ.
 * The level split (1 national + 17 municipal = the report's 18 assessed sections, 15 district,
 * 12 town) follows the 2019 work report; WHICH sections are municipal is a sample assumption, and so
 * are all invented place parts (bridge/sluice/road names) and every approximate position.
 */
export type SectionLevel = 'national' | 'municipal' | 'district' | 'town'

/** Where to put a section: along a river with real geometry, or an approximate spot in a town. */
export type SectionPlacement =
  | { kind: 'along'; fraction: number } // 0 = north (N–S rivers) or west (E–W rivers) end
  | { kind: 'river-mouth'; tributary: string } // on the main river, next to where the tributary joins it
  | { kind: 'approximate'; town: string; latitude?: [number, number] }

export interface SectionEntry {
  place: string
  placeEnglish: string
  river: string
  level: SectionLevel
  targetClass: 1 | 2 | 3 | 4 | 5 | 6
  placement: SectionPlacement
}

const along = (fraction: number): SectionPlacement => ({ kind: 'along', fraction })
const inTown = (town: string, latitude?: [number, number]): SectionPlacement => ({ kind: 'approximate', town, latitude })
/** North of 大叶公路 (≈ 30.96°N here; approximate) = inside the 黄浦江 water-source protection area. */
const NORTH_OF_DAYE_ROAD: [number, number] = [30.965, 31.01]

/** Order = id order: FX01 national, FX02–FX18 municipal, FX19–FX33 district, FX34–FX45 town. */
export const SECTION_REGISTER: readonly SectionEntry[] = [
  // National (国考): the report names 金汇港-钱桥 as the national section.
  { place: '钱桥', placeEnglish: 'Qianqiao', river: '金汇港', level: 'national', targetClass: 4, placement: along(0.7) },
  // Municipal (市考), 17. Exactly two with target Ⅲ (see the brief: 2019 had 2 class Ⅲ, 15 class Ⅳ).
  { place: '金汇', placeEnglish: 'Jinhui', river: '金汇港', level: 'municipal', targetClass: 3, placement: along(0.16) },
  { place: '肖塘', placeEnglish: 'Xiaotang', river: '竹港', level: 'municipal', targetClass: 3, placement: along(0.12) },
  { place: '南奉公路桥', placeEnglish: 'Nanfeng Road Bridge', river: '金汇港', level: 'municipal', targetClass: 4, placement: along(0.45) },
  { place: '西闸', placeEnglish: 'West Sluice', river: '浦南运河', level: 'municipal', targetClass: 5, placement: along(0.04) },
  { place: '南亭公路桥', placeEnglish: 'Nanting Road Bridge', river: '浦南运河', level: 'municipal', targetClass: 5, placement: along(0.2) },
  { place: '奉城', placeEnglish: 'Fengcheng', river: '浦南运河', level: 'municipal', targetClass: 5, placement: along(0.72) },
  { place: '海湾', placeEnglish: 'Haiwan', river: '随塘河', level: 'municipal', targetClass: 5, placement: along(0.3) },
  { place: '海港桥', placeEnglish: 'Haigang Bridge', river: '随塘河', level: 'municipal', targetClass: 5, placement: along(0.85) },
  { place: '航南公路桥', placeEnglish: 'Hangnan Road Bridge', river: '航塘港', level: 'municipal', targetClass: 5, placement: inTown('奉城镇') },
  { place: '海湾桥', placeEnglish: 'Haiwan Bridge', river: '南竹港', level: 'municipal', targetClass: 5, placement: inTown('海湾镇') },
  { place: '洪庙', placeEnglish: 'Hongmiao', river: '洪庙港', level: 'municipal', targetClass: 5, placement: inTown('奉城镇') },
  { place: '柘林桥', placeEnglish: 'Zhelin Bridge', river: '南沙港', level: 'municipal', targetClass: 5, placement: inTown('柘林镇') },
  { place: '环城东路桥', placeEnglish: 'Huancheng East Road Bridge', river: '巨潮港', level: 'municipal', targetClass: 5, placement: inTown('南桥镇') },
  { place: '南门', placeEnglish: 'Nanmen', river: '南门港', level: 'municipal', targetClass: 5, placement: inTown('奉城镇') },
  { place: '青村', placeEnglish: 'Qingcun', river: '中港河', level: 'municipal', targetClass: 5, placement: inTown('青村镇') },
  { place: '奉浦', placeEnglish: 'Fengpu', river: '江海河', level: 'municipal', targetClass: 5, placement: inTown('奉浦街道') },
  { place: '东门', placeEnglish: 'Dongmen', river: '东门港', level: 'municipal', targetClass: 5, placement: inTown('四团镇') },
  // District (区控), 15: four of the six target-Ⅲ sections of §5.3, the rest target Ⅴ.
  { place: '叶大公路桥', placeEnglish: 'Yeda Road Bridge', river: '南横泾', level: 'district', targetClass: 3, placement: inTown('庄行镇', NORTH_OF_DAYE_ROAD) },
  { place: '叶大公路桥', placeEnglish: 'Yeda Road Bridge', river: '巨潮港', level: 'district', targetClass: 3, placement: inTown('西渡街道', NORTH_OF_DAYE_ROAD) },
  { place: '巨潮港水闸', placeEnglish: 'Juchaogang Sluice', river: '巨潮港', level: 'district', targetClass: 3, placement: inTown('西渡街道', [30.995, 31.02]) },
  { place: '竹港水闸外', placeEnglish: 'outside Zhugang Sluice', river: '黄浦江', level: 'district', targetClass: 3, placement: { kind: 'river-mouth', tributary: '竹港' } },
  { place: '齐贤', placeEnglish: 'Qixian', river: '金汇港', level: 'district', targetClass: 5, placement: along(0.28) },
  { place: '星火', placeEnglish: 'Xinghuo', river: '金汇港', level: 'district', targetClass: 5, placement: along(0.9) },
  { place: '南桥', placeEnglish: 'Nanqiao', river: '竹港', level: 'district', targetClass: 5, placement: along(0.5) },
  { place: '柘林', placeEnglish: 'Zhelin', river: '竹港', level: 'district', targetClass: 5, placement: along(0.85) },
  { place: '金汇港口', placeEnglish: 'Jinhuigang Junction', river: '浦南运河', level: 'district', targetClass: 5, placement: along(0.38) },
  { place: '中港', placeEnglish: 'Zhonggang', river: '随塘河', level: 'district', targetClass: 5, placement: along(0.58) },
  { place: '海边', placeEnglish: 'Haibian', river: '彭公塘', level: 'district', targetClass: 5, placement: inTown('柘林镇') },
  { place: '青村桥', placeEnglish: 'Qingcun Bridge', river: '青村港', level: 'district', targetClass: 5, placement: inTown('青村镇') },
  { place: '金汇', placeEnglish: 'Jinhui', river: '航塘港', level: 'district', targetClass: 5, placement: inTown('金汇镇') },
  { place: '庄行', placeEnglish: 'Zhuanghang', river: '南沙港', level: 'district', targetClass: 5, placement: inTown('庄行镇') },
  { place: '金海', placeEnglish: 'Jinhai', river: '南横泾', level: 'district', targetClass: 5, placement: inTown('金海街道') },
  // Town level (镇级), 12, all target Ⅴ.
  { place: '邬桥', placeEnglish: 'Wuqiao', river: '南横泾', level: 'town', targetClass: 5, placement: inTown('庄行镇') },
  { place: '西渡', placeEnglish: 'Xidu', river: '江海河', level: 'town', targetClass: 5, placement: inTown('西渡街道') },
  { place: '泰日', placeEnglish: 'Tairi', river: '航塘港', level: 'town', targetClass: 5, placement: inTown('青村镇') },
  { place: '四团', placeEnglish: 'Situan', river: '中港河', level: 'town', targetClass: 5, placement: inTown('四团镇') },
  { place: '平安', placeEnglish: 'Ping’an', river: '洪庙港', level: 'town', targetClass: 5, placement: inTown('四团镇') },
  { place: '胡桥', placeEnglish: 'Huqiao', river: '南竹港', level: 'town', targetClass: 5, placement: inTown('柘林镇') },
  { place: '五四', placeEnglish: 'Wusi', river: '东门港', level: 'town', targetClass: 5, placement: inTown('海湾镇') },
  { place: '头桥', placeEnglish: 'Touqiao', river: '南门港', level: 'town', targetClass: 5, placement: inTown('奉城镇') },
  { place: '旅游区', placeEnglish: 'Tourism Zone', river: '彭公塘', level: 'town', targetClass: 5, placement: inTown('海湾旅游区') },
  { place: '光明', placeEnglish: 'Guangming', river: '青村港', level: 'town', targetClass: 5, placement: inTown('金汇镇') },
  { place: '南桥', placeEnglish: 'Nanqiao', river: '南沙港', level: 'town', targetClass: 5, placement: inTown('南桥镇') },
  { place: '新寺', placeEnglish: 'Xinsi', river: '江海河', level: 'town', targetClass: 5, placement: inTown('金汇镇') },
]
