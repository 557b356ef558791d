/**
 * Land family on first use: a plot's stage history is checked (unknown stage names, bad dates, order:
 * validateStageHistory); the statistics tab groups plots by the stage in force at the clock's month.
 */
import { stageAt, validateStageHistory } from '../../remediation/index.ts'
import type { FamilyAnalysis } from '../types.ts'

export const LAND_ANALYSIS: FamilyAnalysis = {
  problems: (_layerId, feature) => validateStageHistory(feature.properties?.stageHistory).map((problem) => ({ source: 'stage' as const, problem })),
  statistics: () => ({ groups: ['stage', 'town'], measures: ['areaHa'] }),
  groupOptions: { stage: (month) => ({ keyOf: (feature) => stageAt(feature.properties?.stageHistory, month) ?? '' }) },
}
