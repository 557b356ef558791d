/**
 * The official life-cycle stages of a contaminated plot (污染地块), as data.
 *
 * Names are the legal terms of 《中华人民共和国土壤污染防治法》(2018) Art. 35 and Art. 58 and of
 * 《污染地块土壤环境管理办法（试行）》(环境保护部令第42号, 2016) Art. 2; the order follows
 * docs domain-reference §4.3. Risk control (风险管控) and remediation (修复) share one order: the law
 * lists them side by side, and a plot may run both at once, so they are parallel flags, not a line.
 *
 * Colours: a sequential ramp interpolated from the viridis colour map (matplotlib, CC0), sampled from
 * t = 0 to about t = 0.58, dark violet (suspected, nothing known yet) to teal green (delisted). Viridis
 * is perceptually ordered and readable with common colour-vision deficiencies; the ramp stops before
 * its light greens and yellows so every colour keeps at least 3:1 contrast against a white basemap
 * (WCAG 2.1 SC 1.4.11, non-text contrast). A project convention, not an official colour scheme.
 */

export const STAGE_CODES = [
  'SUSPECTED',
  'PRELIM_INVESTIGATION',
  'DETAILED_INVESTIGATION',
  'RISK_ASSESSMENT',
  'LISTED',
  'RISK_CONTROL',
  'REMEDIATION',
  'EFFECT_EVALUATION',
  'POST_MANAGEMENT',
  'DELISTED',
] as const

export type StageCode = (typeof STAGE_CODES)[number]

export interface StageDefinition {
  code: StageCode
  /** Position in the life cycle; RISK_CONTROL and REMEDIATION share 5 (parallel flags). */
  order: number
  /** The official Chinese term. */
  nameZh: string
  nameEn: string
  /** The legal text the stage comes from. */
  source: string
  /** Map colour (hex), see the palette note above. */
  colour: string
  /** True for the two measures that may run side by side (风险管控, 修复). */
  parallel: boolean
}

const LAW = '《土壤污染防治法》'
const ORDER_42 = '环境保护部令第42号'

export const REMEDIATION_STAGES: readonly StageDefinition[] = Object.freeze([
  { code: 'SUSPECTED', order: 0, nameZh: '疑似污染地块', nameEn: 'Suspected contaminated plot', source: `${ORDER_42} 第二条`, colour: '#440154', parallel: false },
  { code: 'PRELIM_INVESTIGATION', order: 1, nameZh: '初步调查', nameEn: 'Preliminary investigation', source: `${LAW} 第三十五条；${ORDER_42} 第二条`, colour: '#461869', parallel: false },
  { code: 'DETAILED_INVESTIGATION', order: 2, nameZh: '详细调查', nameEn: 'Detailed investigation', source: `${ORDER_42} 第二条`, colour: '#462d7b', parallel: false },
  { code: 'RISK_ASSESSMENT', order: 3, nameZh: '风险评估', nameEn: 'Risk assessment', source: `${LAW} 第三十五条`, colour: '#414184', parallel: false },
  { code: 'LISTED', order: 4, nameZh: '列入名录', nameEn: 'Listed for risk control and remediation', source: `${LAW} 第五十八条`, colour: '#3a538b', parallel: false },
  { code: 'RISK_CONTROL', order: 5, nameZh: '风险管控', nameEn: 'Risk control', source: `${LAW} 第三十五条`, colour: '#32658d', parallel: true },
  { code: 'REMEDIATION', order: 5, nameZh: '修复', nameEn: 'Remediation', source: `${LAW} 第三十五条；${ORDER_42} 第二条`, colour: '#2c748e', parallel: true },
  { code: 'EFFECT_EVALUATION', order: 6, nameZh: '效果评估', nameEn: 'Effect evaluation', source: `${LAW} 第三十五条`, colour: '#26838e', parallel: false },
  { code: 'POST_MANAGEMENT', order: 7, nameZh: '后期管理', nameEn: 'Post-management', source: `${LAW} 第三十五条`, colour: '#22938b', parallel: false },
  { code: 'DELISTED', order: 8, nameZh: '移出名录', nameEn: 'Removed from the list', source: `${LAW} 第五十八条及省级名录管理规定`, colour: '#23a386', parallel: false },
].map((stage) => Object.freeze(stage)) as StageDefinition[])

const BY_CODE = new Map<string, StageDefinition>(REMEDIATION_STAGES.map((stage) => [stage.code, stage]))

/** True when `value` is one of the stage codes (case-sensitive, as stored in the data). */
export function isStageCode(value: unknown): value is StageCode {
  return typeof value === 'string' && BY_CODE.has(value)
}

/** The definition of a stage code, or undefined for an unknown name. */
export function stageDefinition(code: unknown): StageDefinition | undefined {
  return typeof code === 'string' ? BY_CODE.get(code) : undefined
}

/** Two different stages that may both be in force (风险管控 and 修复). */
export function areParallel(a: StageCode, b: StageCode): boolean {
  return a !== b && Boolean(BY_CODE.get(a)?.parallel) && Boolean(BY_CODE.get(b)?.parallel)
}
