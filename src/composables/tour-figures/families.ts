/**
 * Family → its figures on a tour slide (issue 16 §1). Typed as Records over `LayerFamily`: a new family
 * fails type-checking here until it says what its slides show (`{}` for nothing).
 */
import type { LayerFamily } from '@/domain/layers/types.ts'
import type { FamilyTourFigures } from './types.ts'
import { WATER_TOUR_FIGURES } from './water.ts'
import { LAND_TOUR_FIGURES } from './land.ts'
import { SOIL_TOUR_FIGURES } from './soil.ts'
import { GREEN_TOUR_FIGURES } from './green.ts'

export const FAMILY_TOUR_FIGURES: Readonly<Record<LayerFamily, FamilyTourFigures>> = {
  water: WATER_TOUR_FIGURES,
  land: LAND_TOUR_FIGURES,
  soil: SOIL_TOUR_FIGURES,
  green: GREEN_TOUR_FIGURES,
  imported: {},
  // The sample pollution sources: no tour figures yet (their cards and the alarm list say it on the map).
  sources: {},
}

/**
 * The order of the layer summaries on the slide of a stop that names no feature (lowest first): the water
 * first, then what was built, then the surveys and the plots' stages.
 */
export const TOUR_SUMMARY_ORDER: Readonly<Record<LayerFamily, number>> = { water: 10, green: 20, soil: 30, land: 40, imported: 90, sources: 50 }
