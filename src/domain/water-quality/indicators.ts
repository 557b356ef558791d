/**
 * The 24 basic items of GB 3838-2002 Table 1 minus 水温 (which has no class limits), with their
 * five class limits. Every number is GB 3838-2002 Table 1 (cross-checked in
 * ../shared/guides/domain-reference.md §1.1).
 */

/** Indicator codes, in the order of GB 3838-2002 Table 1. */
export const INDICATORS = [
  'pH', 'DO', 'CODMn', 'COD', 'BOD5', 'NH3N', 'TP', 'TN', 'Cu', 'Zn', 'F', 'Se', 'As', 'Hg', 'Cd', 'Cr6',
  'Pb', 'CN', 'VPhenol', 'Petro', 'LAS', 'S2', 'FC',
] as const

export type Indicator = (typeof INDICATORS)[number]

/** Five limits, for classes Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ. */
export type ClassLimits = readonly [number, number, number, number, number]

/**
 * How a value is compared with the limits: `max` = upper limit (value ≤ limit meets the class),
 * `min` = lower limit (only DO), `range` = pH, which has one range 6–9 for every class.
 */
export type LimitDirection = 'max' | 'min' | 'range'

export interface IndicatorInfo {
  code: Indicator
  nameZh: string
  nameEn: string
  /** GB 3838-2002 Table 1's unit; pH is "无量纲" (dimensionless), which English leaves unwritten. */
  unit: { zh: string; en: string }
  direction: LimitDirection
  limits: ClassLimits
  /** GB 3838-2002 Table 1 bracketed "湖、库" limits (only TP). */
  lakeLimits?: ClassLimits
}

function info(
  code: Indicator,
  nameZh: string,
  nameEn: string,
  unit: { zh: string; en: string },
  direction: LimitDirection,
  limits: ClassLimits,
  lakeLimits?: ClassLimits,
): IndicatorInfo {
  return lakeLimits ? { code, nameZh, nameEn, unit, direction, limits, lakeLimits } : { code, nameZh, nameEn, unit, direction, limits }
}

const MG_L = { zh: 'mg/L', en: 'mg/L' }

export const INDICATOR_INFO: Readonly<Record<Indicator, IndicatorInfo>> = {
  // pH: GB 3838-2002 Table 1 gives 6–9 for every class; the limits tuple repeats the upper bound only
  // for shape, the rule lives in classify.ts.
  pH: info('pH', 'pH值', 'pH', { zh: '无量纲', en: '' }, 'range', [9, 9, 9, 9, 9]),
  // DO class Ⅰ is "饱和率90%（或7.5）"; like the public implementations we use 7.5 mg/L.
  DO: info('DO', '溶解氧', 'Dissolved oxygen', MG_L, 'min', [7.5, 6, 5, 3, 2]),
  CODMn: info('CODMn', '高锰酸盐指数', 'Permanganate index', MG_L, 'max', [2, 4, 6, 10, 15]),
  COD: info('COD', '化学需氧量', 'Chemical oxygen demand', MG_L, 'max', [15, 15, 20, 30, 40]),
  BOD5: info('BOD5', '五日生化需氧量', 'Five-day biochemical oxygen demand', MG_L, 'max', [3, 3, 4, 6, 10]),
  NH3N: info('NH3N', '氨氮', 'Ammonia nitrogen', MG_L, 'max', [0.15, 0.5, 1.0, 1.5, 2.0]),
  TP: info('TP', '总磷', 'Total phosphorus', MG_L, 'max', [0.02, 0.1, 0.2, 0.3, 0.4], [0.01, 0.025, 0.05, 0.1, 0.2]),
  TN: info('TN', '总氮', 'Total nitrogen', MG_L, 'max', [0.2, 0.5, 1.0, 1.5, 2.0]),
  Cu: info('Cu', '铜', 'Copper', MG_L, 'max', [0.01, 1.0, 1.0, 1.0, 1.0]),
  Zn: info('Zn', '锌', 'Zinc', MG_L, 'max', [0.05, 1.0, 1.0, 2.0, 2.0]),
  F: info('F', '氟化物', 'Fluoride', MG_L, 'max', [1.0, 1.0, 1.0, 1.5, 1.5]),
  Se: info('Se', '硒', 'Selenium', MG_L, 'max', [0.01, 0.01, 0.01, 0.02, 0.02]),
  As: info('As', '砷', 'Arsenic', MG_L, 'max', [0.05, 0.05, 0.05, 0.1, 0.1]),
  Hg: info('Hg', '汞', 'Mercury', MG_L, 'max', [0.00005, 0.00005, 0.0001, 0.001, 0.001]),
  Cd: info('Cd', '镉', 'Cadmium', MG_L, 'max', [0.001, 0.005, 0.005, 0.005, 0.01]),
  Cr6: info('Cr6', '六价铬', 'Hexavalent chromium', MG_L, 'max', [0.01, 0.05, 0.05, 0.05, 0.1]),
  Pb: info('Pb', '铅', 'Lead', MG_L, 'max', [0.01, 0.01, 0.05, 0.05, 0.1]),
  CN: info('CN', '氰化物', 'Cyanide', MG_L, 'max', [0.005, 0.05, 0.2, 0.2, 0.2]),
  VPhenol: info('VPhenol', '挥发酚', 'Volatile phenols', MG_L, 'max', [0.002, 0.002, 0.005, 0.01, 0.1]),
  Petro: info('Petro', '石油类', 'Petroleum', MG_L, 'max', [0.05, 0.05, 0.05, 0.5, 1.0]),
  LAS: info('LAS', '阴离子表面活性剂', 'Anionic surfactants', MG_L, 'max', [0.2, 0.2, 0.2, 0.3, 0.3]),
  S2: info('S2', '硫化物', 'Sulfide', MG_L, 'max', [0.05, 0.1, 0.2, 0.5, 1.0]),
  FC: info('FC', '粪大肠菌群', 'Fecal coliforms', { zh: '个/L', en: 'per L' }, 'max', [200, 2000, 10000, 20000, 40000]),
}

/** pH range that meets every class (GB 3838-2002 Table 1). */
export const PH_RANGE: readonly [number, number] = [6, 9]

/**
 * The 21 items that classify a section: GB 3838-2002 Table 1 minus 水温, 总氮 and 粪大肠菌群
 * (环办〔2011〕22号 §2 评价指标). TN never decides any section's class, river or lake (reference §2.1).
 */
export const EVALUATED_INDICATORS: readonly Indicator[] = INDICATORS.filter((code) => code !== 'TN' && code !== 'FC')

/**
 * Cyanide and heavy metals: listed first among main pollutants when they exceed class Ⅲ
 * (环办〔2011〕22号 §4 主要污染指标的确定: "当氰化物或铅、铬等重金属超标时，优先作为主要污染指标").
 * Heavy metals per reference §2.4: Hg, Cd, Cr6, Pb, As, Cu, Zn. Selenium is a non-metal: not prioritised.
 */
export const PRIORITY_POLLUTANTS: ReadonlySet<Indicator> = new Set<Indicator>(['CN', 'Cu', 'Zn', 'As', 'Hg', 'Cd', 'Cr6', 'Pb'])

export type Waterbody = 'river' | 'lake'

/**
 * Items that decide the class of a section of the given waterbody: the same 21 for rivers and lakes.
 * 环办〔2011〕22号 §2: "水温、总氮、粪大肠菌群作为参考指标单独评价（河流总氮除外）" — a lake's TN is classed
 * on its own (Classification.totalNitrogenClass), never inside the section class.
 */
export function evaluatedIndicators(waterbody: Waterbody = 'river'): readonly Indicator[] {
  void waterbody
  return EVALUATED_INDICATORS
}

/** The limits that apply to a waterbody (TP has stricter lake/reservoir limits, GB 3838-2002 Table 1). */
export function limitsFor(indicator: Indicator, waterbody: Waterbody = 'river'): ClassLimits {
  const item = INDICATOR_INFO[indicator]
  return waterbody === 'lake' && item.lakeLimits ? item.lakeLimits : item.limits
}

export function isIndicator(text: string): text is Indicator {
  return (INDICATORS as readonly string[]).includes(text)
}
