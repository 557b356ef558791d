/**
 * Stage codes come from the domain's table (src/domain/remediation/stages.ts: 《土壤污染防治法》 Art. 35
 * and 58, 《污染地块土壤环境管理办法（试行）》 Art. 2), so generated data and the app share one list.
 */
import type { StageCode } from '../../src/domain/remediation/index.ts'

export { STAGE_CODES, type StageCode } from '../../src/domain/remediation/index.ts'

export interface StageStep {
  stage: StageCode
  /** "YYYY-MM": the month the stage started. */
  start: string
}

/**
 * GB 36600-2018 §5.3.1 / domain-reference §4.1: 第一类用地 = residential, primary/secondary schools,
 * medical, social welfare, community/children's parks; 第二类用地 = industrial, logistics, commercial,
 * roads, utilities, other public administration/services and green space. Unknown or
 * non-construction use (e.g. land reclaimed for farming) → 第一类, the stricter class.
 */
const SECOND_CLASS_USES = new Set([
  '工业用地',
  '物流仓储用地',
  '商业服务业设施用地',
  '道路与交通设施用地',
  '公用设施用地',
  '公共管理与公共服务用地',
  '绿地与广场用地',
])

export function landClassOf(landUse: string): 1 | 2 {
  return SECOND_CLASS_USES.has(landUse) ? 2 : 1
}
