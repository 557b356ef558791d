/**
 * Recognises the columns of a monitoring table: indicator codes or their usual Chinese names, the section
 * (code or name) and the date. Headers are compared after removing spaces, units and letter case.
 */
import { INDICATORS, type Indicator } from '@/domain/water-quality/index.ts'

export type ColumnMeaning =
  | { kind: 'section-id' }
  | { kind: 'section-name' }
  | { kind: 'date' }
  | { kind: 'indicator'; indicator: Indicator }
  /** Known columns that do not classify (水温, 电导率, 备注 …). */
  | { kind: 'ignored' }
  | { kind: 'unknown' }

const INDICATOR_ALIASES: Record<Indicator, string[]> = {
  pH: ['ph', 'ph值'],
  DO: ['溶解氧', 'do'],
  CODMn: ['高锰酸盐指数', '高锰酸钾指数', 'codmn', 'cod_mn', 'imn'],
  COD: ['化学需氧量', '化学需氧量(cod)', 'cod', 'codcr'],
  BOD5: ['五日生化需氧量', '五日生化需氧量(bod5)', '生化需氧量', 'bod5', 'bod'],
  NH3N: ['氨氮', '氨氮(nh3-n)', 'nh3-n', 'nh3n', 'nh3_n'],
  TP: ['总磷', '总磷(以p计)', 'tp'],
  TN: ['总氮', '总氮(以n计)', '总氮(湖、库,以n计)', 'tn'],
  Cu: ['铜', 'cu'],
  Zn: ['锌', 'zn'],
  F: ['氟化物', '氟化物(以f-计)', 'f', 'f-'],
  Se: ['硒', 'se'],
  As: ['砷', 'as'],
  Hg: ['汞', 'hg'],
  Cd: ['镉', 'cd'],
  Cr6: ['六价铬', '铬(六价)', 'cr6', 'cr6+', 'cr(vi)'],
  Pb: ['铅', 'pb'],
  CN: ['氰化物', 'cn', 'cn-'],
  VPhenol: ['挥发酚', 'vphenol'],
  Petro: ['石油类', 'petro'],
  LAS: ['阴离子表面活性剂', 'las'],
  S2: ['硫化物', 's2', 's2-'],
  FC: ['粪大肠菌群', 'fc'],
}

const SECTION_ID = ['section_id', 'sectionid', '断面编码', '断面代码', '断面编号', '站点编码', '点位编码', 'code', 'id']
const SECTION_NAME = ['断面名称', '断面', '监测断面', '站点名称', '点位名称', '点位', 'section', 'section_name', 'name']
const DATE = ['month', 'date', '监测时间', '采样日期', '采样时间', '监测日期', '监测月份', '年月', '日期', '时间']
const IGNORED = [
  '水温', '电导率', '浊度', '透明度', '叶绿素a', '流量', '水位', '序号', '备注', '河流', '河流名称', '河道', '河道名称',
  '所属街镇', '街镇', '镇', '断面级别', '级别', '目标类别', '水质目标', '水质类别', '达标情况', '主要污染指标',
]

const UNIT_SUFFIX = /\((mg\/l|μg\/l|ug\/l|个\/l|mpn\/l|无量纲|℃)\)$/

/** Lower case, no spaces, half-width brackets and commas, unit suffix removed. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(UNIT_SUFFIX, '')
    .replace(/(mg\/l|个\/l)$/, '')
}

const LOOKUP = new Map<string, ColumnMeaning>()
for (const alias of SECTION_ID) LOOKUP.set(alias, { kind: 'section-id' })
for (const alias of SECTION_NAME) LOOKUP.set(alias, { kind: 'section-name' })
for (const alias of DATE) LOOKUP.set(alias, { kind: 'date' })
for (const alias of IGNORED) LOOKUP.set(alias, { kind: 'ignored' })
for (const indicator of INDICATORS) {
  LOOKUP.set(indicator.toLowerCase(), { kind: 'indicator', indicator })
  for (const alias of INDICATOR_ALIASES[indicator]) LOOKUP.set(alias, { kind: 'indicator', indicator })
}

/** Known headers are short; a longer cell is never one (and is not scanned further). */
const LONGEST_HEADER = 200

/**
 * Without a trailing bracketed note: "总磷(以P计)" → "总磷". The same text as the regex /\([^)]*\)$/
 * removes (from the first "(" after the previous ")"), found with two index searches: the regex
 * backtracked quadratically on a cell of many "(" (300,000 took minutes).
 */
function withoutTrailingNote(text: string): string {
  if (!text.endsWith(')')) return text
  const close = text.length - 1
  const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1)
  return open !== -1 && open < close ? text.slice(0, open) : text
}

export function recogniseHeader(header: string): ColumnMeaning {
  if (header.length > LONGEST_HEADER) return { kind: 'unknown' }
  const normalised = normaliseHeader(header)
  // Exact first (so "铬(六价)" is Cr6), then without a trailing bracket ("总磷(以P计)" → 总磷).
  return LOOKUP.get(normalised) ?? LOOKUP.get(withoutTrailingNote(normalised)) ?? { kind: 'unknown' }
}

/** True when a row looks like a header: it names a section column and a date column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const kinds = new Set(cells.map((cell) => recogniseHeader(cell).kind))
  return (kinds.has('section-id') || kinds.has('section-name')) && kinds.has('date')
}
