/**
 * Green family on first use: a project's vocabulary, dates and geometry are checked (validateGreenFeature);
 * grouped by kind in the statistics tab, each kind is summed in its own unit (km, 亩, ha, m²).
 */
import { validateGreenFeature } from '../../greenery/index.ts'
import type { FamilyAnalysis } from '../types.ts'

export const GREEN_ANALYSIS: FamilyAnalysis = {
  problems: (_layerId, feature) => validateGreenFeature(feature).map((problem) => ({ source: 'green' as const, problem })),
  statistics: () => ({ groups: ['kind', 'town', 'year', 'status'], measures: ['lengthKm', 'areaHa'], greenKindMeasures: true }),
}
