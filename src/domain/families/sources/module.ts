/**
 * Pollution-source family (污染源与在线监控, issue 16 §3): enterprises under online monitoring, their
 * wastewater outlets with the line to the receiving river, automatic water stations and construction-dust
 * monitors, all sample data. Its layers join the catalogue after the first coloured map is idle (config/source-layers.ts,
 * map/sources/load-source-family.ts); this module is loaded with the first map, so it stays small.
 *
 * The clock: the generic clock sync draws what a feature's own properties tell (a dust point's PM10 band
 * over the period, the legend categories switched off). What comes from the family's tables — a station's
 * class of the period's mean concentrations, the alarms live in the period — is written by the family's
 * own sync (map/sources/use-source-sync.ts), because `timedState` sees one feature, not the daily series
 * and alarm events that load beside the layers (and later than them).
 */
import type { FamilyModule } from '../types.ts'
import { dustBandAt } from '../../sources/dust-band.ts'

/** The family's layer ids, named once: its components and sync branch on these, never on the text. */
export const SOURCE_LAYER_IDS = {
  stations: 'source-stations',
  enterprises: 'source-enterprises',
  outlets: 'source-outlets',
  dust: 'source-dust',
} as const

export const SOURCES_FAMILY: FamilyModule = {
  family: 'sources',
  timedState(layerId, feature, at) {
    const { pm10, pm10From } = (feature.properties ?? {}) as { pm10?: unknown; pm10From?: unknown }
    if (layerId !== SOURCE_LAYER_IDS.dust || !Array.isArray(pm10) || typeof pm10From !== 'string') return null
    // A site without works in the whole period keeps its dot, in the pale 'closed' colour: where it was.
    return { hidden: false, emphasis: 1, stage: dustBandAt(pm10 as (number | null)[], pm10From, at) }
  },
}
