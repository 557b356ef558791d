/**
 * The water family's figures on a tour slide (sections.ts computes them): one group per named section,
 * or one row per section from SECTION_LIST_FROM sections on; for a stop that names none, the shown
 * sections' summary.
 */
import type { FamilyTourFigures } from './types.ts'
import { sectionGroup, sectionListGroup, shownSectionsGroup } from './sections.ts'

/** From this many sections on, one row per section instead of a group each. */
export const SECTION_LIST_FROM = 3

export const WATER_TOUR_FIGURES: FamilyTourFigures = {
  featureGroups: (_layerId, features, stop, words) =>
    features.length >= SECTION_LIST_FROM ? [sectionListGroup(features, stop, words)] : features.map((feature) => sectionGroup(feature, stop, words)),
  layerGroups: (_layerId, stop, words) => [shownSectionsGroup(stop, words)],
}
