/**
 * Water family (地表水监测断面): sections coloured by their GB 3838-2002 class at the clock. The class,
 * change and filter state are derived once for all readers by the section view (stores/section-view.ts)
 * and written by `src/map/section-sync.ts`, so the generic clock sync leaves the family alone.
 */
import type { LocalizedText } from '../../layers/types.ts'
import type { FamilyModule } from '../types.ts'

/** Assessment level of a section (geodata/README.md lists the codes). */
export const SECTION_LEVELS: Record<string, LocalizedText> = {
  national: { zh: '国考', en: 'National' },
  municipal: { zh: '市考', en: 'Municipal' },
  district: { zh: '区控', en: 'District' },
  town: { zh: '镇级', en: 'Town' },
}

/** The layer the section view, the section list and the assessment board read (the catalogue's sections). */
export const SECTIONS_LAYER_ID = 'sections'

export const WATER_FAMILY: FamilyModule = {
  family: 'water',
  ownClockSync: true,
  vocabularies: { level: SECTION_LEVELS },
}
