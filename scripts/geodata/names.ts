/**
 * Current names of the district's 12 towns/streets and 5 main rivers. The chongqin source still uses
 * the pre-2016/2020 labels 奉浦社区 and 金海社区; 奉浦街道 was set up in 2016-09 and 金海街道 on
 * 2020-01-20 (domain-reference §5.1), so the basemap carries the current names and keeps the old one
 * in `former_name`.
 */
export interface PlaceName {
  id: string
  name: string
  name_en: string
  former_name?: string
}

/** Keyed by the name used in chongqin/fengxian_towns.wgs84.geojson. */
export const TOWN_NAMES: Record<string, PlaceName> = {
  南桥镇: { id: 'nanqiao', name: '南桥镇', name_en: 'Nanqiao Town' },
  奉城镇: { id: 'fengcheng', name: '奉城镇', name_en: 'Fengcheng Town' },
  庄行镇: { id: 'zhuanghang', name: '庄行镇', name_en: 'Zhuanghang Town' },
  金汇镇: { id: 'jinhui', name: '金汇镇', name_en: 'Jinhui Town' },
  四团镇: { id: 'situan', name: '四团镇', name_en: 'Situan Town' },
  青村镇: { id: 'qingcun', name: '青村镇', name_en: 'Qingcun Town' },
  柘林镇: { id: 'zhelin', name: '柘林镇', name_en: 'Zhelin Town' },
  海湾镇: { id: 'haiwan', name: '海湾镇', name_en: 'Haiwan Town' },
  奉浦社区: { id: 'fengpu', name: '奉浦街道', name_en: 'Fengpu Subdistrict', former_name: '奉浦社区' },
  海湾旅游区: { id: 'haiwan-tourism', name: '海湾旅游区', name_en: 'Haiwan Tourism Zone' },
  金海社区: { id: 'jinhai', name: '金海街道', name_en: 'Jinhai Subdistrict', former_name: '金海社区' },
  西渡街道: { id: 'xidu', name: '西渡街道', name_en: 'Xidu Subdistrict' },
}

/** Keyed by the name used in chongqin/fengxian_main_waters.wgs84.geojson. */
export const RIVER_NAMES: Record<string, PlaceName> = {
  黄浦江: { id: 'huangpu', name: '黄浦江', name_en: 'Huangpu River' },
  金汇港: { id: 'jinhuigang', name: '金汇港', name_en: 'Jinhuigang Canal' },
  竹港: { id: 'zhugang', name: '竹港', name_en: 'Zhugang River' },
  浦南运河: { id: 'punan', name: '浦南运河', name_en: 'Punan Canal' },
  随塘河: { id: 'suitang', name: '随塘河', name_en: 'Suitang River' },
}

/** Pinyin for the rivers that carry sample sections (for the sections' `name_en`). */
export const RIVER_NAMES_EN: Record<string, string> = {
  黄浦江: 'Huangpu River',
  金汇港: 'Jinhuigang Canal',
  竹港: 'Zhugang River',
  浦南运河: 'Punan Canal',
  随塘河: 'Suitang River',
  航塘港: 'Hangtanggang River',
  南竹港: 'Nanzhugang River',
  洪庙港: 'Hongmiaogang River',
  南沙港: 'Nanshagang River',
  巨潮港: 'Juchaogang River',
  彭公塘: 'Penggongtang River',
  南横泾: 'Nanhengjing River',
  南门港: 'Nanmengang River',
  中港河: 'Zhonggang River',
  江海河: 'Jianghai River',
  东门港: 'Dongmengang River',
  青村港: 'Qingcungang River',
}
