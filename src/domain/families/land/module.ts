/**
 * Land family (污染地块): a remediation plot shows the stage it was in at the clock (hidden before its first
 * stage; the stage is read at the period's end, statusMonth), and its card's stage follows the clock.
 */
import type { LocalizedText } from '../../layers/types.ts'
import { REMEDIATION_STAGES, stageAt } from '../../remediation/index.ts'
import type { FamilyModule } from '../types.ts'

/** Display names of the remediation stages, from the domain's stage table. */
export const STAGE_NAMES: Record<string, LocalizedText> = Object.fromEntries(
  REMEDIATION_STAGES.map((stage) => [stage.code, { zh: stage.nameZh, en: stage.nameEn }]),
)

export const LAND_FAMILY: FamilyModule = {
  family: 'land',
  timedState(_layerId, feature, at) {
    const stage = stageAt(feature.properties?.stageHistory, at.month)
    return stage ? { hidden: false, emphasis: 1, stage } : { hidden: true, emphasis: 0 }
  },
  fieldValueAt(properties, field, at) {
    if (field.format === 'stage' && Array.isArray(properties.stageHistory)) return stageAt(properties.stageHistory, at.month) ?? ''
    return undefined
  },
  vocabularies: { stage: STAGE_NAMES },
}
