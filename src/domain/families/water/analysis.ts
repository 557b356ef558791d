/** Water family on first use: the statistics tab counts sections by town (their classes have the assessment board). */
import type { FamilyAnalysis } from '../types.ts'

export const WATER_ANALYSIS: FamilyAnalysis = {
  statistics: () => ({ groups: ['town'], measures: [] }),
}
