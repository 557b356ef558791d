/**
 * Pollution-source family on first use: no data checks of its own beyond the geometry every layer gets
 * (the generator's counts are checked in tests/unit/geodata-sources.test.ts); counted by town in the
 * statistics tab (points and outlet links: no length or area worth summing).
 */
import type { FamilyAnalysis } from '../types.ts'

export const SOURCES_ANALYSIS: FamilyAnalysis = {
  statistics: () => ({ groups: ['town'], measures: [] }),
}
