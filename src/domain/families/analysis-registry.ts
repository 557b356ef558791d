/**
 * Family → its first-use part (data checks, statistics). A registry of its own so that the validators
 * load with the analysis drawer or a card, not with the first map (issue 15 §1). Typed as a Record over
 * `LayerFamily`: a new family fails type-checking here until its part exists.
 */
import type { LayerFamily } from '../layers/types.ts'
import type { FamilyAnalysis } from './types.ts'
import { WATER_ANALYSIS } from './water/analysis.ts'
import { LAND_ANALYSIS } from './land/analysis.ts'
import { SOIL_ANALYSIS } from './soil/analysis.ts'
import { GREEN_ANALYSIS } from './green/analysis.ts'
import { IMPORTED_ANALYSIS } from './imported/analysis.ts'
import { SOURCES_ANALYSIS } from './sources/analysis.ts'

export const FAMILY_ANALYSIS: Readonly<Record<LayerFamily, FamilyAnalysis>> = {
  water: WATER_ANALYSIS,
  land: LAND_ANALYSIS,
  soil: SOIL_ANALYSIS,
  green: GREEN_ANALYSIS,
  imported: IMPORTED_ANALYSIS,
  sources: SOURCES_ANALYSIS,
}
