/**
 * GB 36600-2018 《土壤环境质量 建设用地土壤污染风险管控标准（试行）》 Table 1: the 45 basic items with
 * their screening values (筛选值) and intervention values (管制值), mg/kg dry soil, for 第一类用地 and
 * 第二类用地. Transcribed from docs domain-reference §4.1 (items 1–34 checked against two sources,
 * 35–45 against one).
 */

export type SoilGroup = '重金属和无机物' | '挥发性有机物' | '半挥发性有机物'

export interface SoilItem {
  /** Item number in Table 1. */
  no: number
  /** CAS number; the m+p-xylene sum keeps the standard's double key '108-38-3,106-42-3'. */
  cas: string
  nameZh: string
  group: SoilGroup
  /** [第一类用地 S1, 第二类用地 S2], mg/kg. */
  screening: readonly [number, number]
  /** [第一类用地 C1, 第二类用地 C2], mg/kg. */
  intervention: readonly [number, number]
  note?: string
}

const METALS: SoilGroup = '重金属和无机物'
const VOLATILE: SoilGroup = '挥发性有机物'
const SEMI_VOLATILE: SoilGroup = '半挥发性有机物'

// [no, CAS, 中文名, group, S1, S2, C1, C2] in the order of Table 1.
const ROWS: readonly (readonly [number, string, string, SoilGroup, number, number, number, number])[] = [
  [1, '7440-38-2', '砷', METALS, 20, 60, 120, 140],
  [2, '7440-43-9', '镉', METALS, 20, 65, 47, 172],
  [3, '18540-29-9', '铬（六价）', METALS, 3.0, 5.7, 30, 78],
  [4, '7440-50-8', '铜', METALS, 2000, 18000, 8000, 36000],
  [5, '7439-92-1', '铅', METALS, 400, 800, 800, 2500],
  [6, '7439-97-6', '汞', METALS, 8, 38, 33, 82],
  [7, '7440-02-0', '镍', METALS, 150, 900, 600, 2000],
  [8, '56-23-5', '四氯化碳', VOLATILE, 0.9, 2.8, 9, 36],
  [9, '67-66-3', '氯仿', VOLATILE, 0.3, 0.9, 5, 10],
  [10, '74-87-3', '氯甲烷', VOLATILE, 12, 37, 21, 120],
  [11, '75-34-3', '1,1-二氯乙烷', VOLATILE, 3, 9, 20, 100],
  [12, '107-06-2', '1,2-二氯乙烷', VOLATILE, 0.52, 5, 6, 21],
  [13, '75-35-4', '1,1-二氯乙烯', VOLATILE, 12, 66, 40, 200],
  [14, '156-59-2', '顺-1,2-二氯乙烯', VOLATILE, 66, 596, 200, 2000],
  [15, '156-60-5', '反-1,2-二氯乙烯', VOLATILE, 10, 54, 31, 163],
  [16, '75-09-2', '二氯甲烷', VOLATILE, 94, 616, 300, 2000],
  [17, '78-87-5', '1,2-二氯丙烷', VOLATILE, 1, 5, 5, 47],
  [18, '630-20-6', '1,1,1,2-四氯乙烷', VOLATILE, 2.6, 10, 26, 100],
  [19, '79-34-5', '1,1,2,2-四氯乙烷', VOLATILE, 1.6, 6.8, 14, 50],
  [20, '127-18-4', '四氯乙烯', VOLATILE, 11, 53, 34, 183],
  [21, '71-55-6', '1,1,1-三氯乙烷', VOLATILE, 701, 840, 840, 840],
  [22, '79-00-5', '1,1,2-三氯乙烷', VOLATILE, 0.6, 2.8, 5, 15],
  [23, '79-01-6', '三氯乙烯', VOLATILE, 0.7, 2.8, 7, 20],
  [24, '96-18-4', '1,2,3-三氯丙烷', VOLATILE, 0.05, 0.5, 0.5, 5],
  [25, '75-01-4', '氯乙烯', VOLATILE, 0.12, 0.43, 1.2, 4.3],
  [26, '71-43-2', '苯', VOLATILE, 1, 4, 10, 40],
  [27, '108-90-7', '氯苯', VOLATILE, 68, 270, 200, 1000],
  [28, '95-50-1', '1,2-二氯苯', VOLATILE, 560, 560, 560, 560],
  [29, '106-46-7', '1,4-二氯苯', VOLATILE, 5.6, 20, 56, 200],
  [30, '100-41-4', '乙苯', VOLATILE, 7.2, 28, 72, 280],
  [31, '100-42-5', '苯乙烯', VOLATILE, 1290, 1290, 1290, 1290],
  [32, '108-88-3', '甲苯', VOLATILE, 1200, 1200, 1200, 1200],
  [33, '108-38-3,106-42-3', '间二甲苯+对二甲苯', VOLATILE, 163, 570, 500, 570],
  [34, '95-47-6', '邻二甲苯', VOLATILE, 222, 640, 640, 640],
  [35, '98-95-3', '硝基苯', SEMI_VOLATILE, 34, 76, 190, 760],
  [36, '62-53-3', '苯胺', SEMI_VOLATILE, 92, 260, 211, 663],
  [37, '95-57-8', '2-氯酚', SEMI_VOLATILE, 250, 2256, 500, 4500],
  [38, '56-55-3', '苯并[a]蒽', SEMI_VOLATILE, 5.5, 15, 55, 151],
  [39, '50-32-8', '苯并[a]芘', SEMI_VOLATILE, 0.55, 1.5, 5.5, 15],
  [40, '205-99-2', '苯并[b]荧蒽', SEMI_VOLATILE, 5.5, 15, 55, 151],
  [41, '207-08-9', '苯并[k]荧蒽', SEMI_VOLATILE, 55, 151, 550, 1500],
  [42, '218-01-9', '䓛', SEMI_VOLATILE, 490, 1293, 4900, 12900],
  [43, '53-70-3', '二苯并[a,h]蒽', SEMI_VOLATILE, 0.55, 1.5, 5.5, 15],
  [44, '193-39-5', '茚并[1,2,3-cd]芘', SEMI_VOLATILE, 5.5, 15, 55, 151],
  [45, '91-20-3', '萘', SEMI_VOLATILE, 25, 70, 255, 700],
]

// GB 36600-2018 Table 1 note ①: arsenic above the screening value but within the local soil background
// is not managed as a contaminated plot.
const ARSENIC_NOTE = '超过筛选值但不超过当地土壤环境背景值的，不纳入污染地块管理（GB 36600-2018 表1 注①）'

export const SOIL_ITEMS: readonly SoilItem[] = Object.freeze(
  ROWS.map(([no, cas, nameZh, group, s1, s2, c1, c2]) =>
    Object.freeze({
      no,
      cas,
      nameZh,
      group,
      screening: Object.freeze([s1, s2] as const),
      intervention: Object.freeze([c1, c2] as const),
      ...(no === 1 ? { note: ARSENIC_NOTE } : {}),
    }),
  ),
)

/** A CAS key in a comparable form: parts trimmed and sorted, so '106-42-3, 108-38-3' still matches. */
export function normaliseCas(key: string): string {
  return key
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .sort()
    .join(',')
}

const BY_CAS = new Map<string, SoilItem>(SOIL_ITEMS.map((item) => [normaliseCas(item.cas), item]))

/** The Table 1 item for a CAS key, or undefined when the key is not one of the 45 basic items. */
export function soilItem(cas: string): SoilItem | undefined {
  return BY_CAS.get(normaliseCas(cas))
}
