/**
 * Where the clock's section states (waterClass, change, hidden) are written: the shipped GeoJSON
 * 'sections' source, and every vector-tile layer that follows the monitoring series (a catalogue entry
 * with `"style": "water-class"`, issue 17 §4). A tile layer only holds the tiles in view, so the states
 * are computed from the series for every section (stores/section-view.ts) and written by id; MapLibre
 * keeps feature-state per source independent of tiles and applies it to a tile when it loads.
 */
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { followsSeries } from '@/domain/layers/follows-series.ts'
import { SECTIONS_LAYER_ID } from '@/domain/families/water/module.ts'

export { followsSeries }

export interface SectionStateTarget {
  source: string
  /** The layer inside the tiles: MapLibre takes feature-state on a vector source only with it. */
  sourceLayer?: string
}

/**
 * The targets to write now: those whose source is on the map and whose layer is shown. A hidden layer
 * is skipped (at 20,000 tile sections the register's GeoJSON layer is hidden, and writing both would
 * double every step's calls); showing it again changes the list, and the caller then writes all states.
 */
export function sectionStateTargets(
  definitions: readonly LayerDefinition[],
  isOnMap: (source: string) => boolean,
  isVisible: (layerId: string) => boolean,
): SectionStateTarget[] {
  const targets: SectionStateTarget[] = []
  if (isOnMap(SECTIONS_LAYER_ID) && isVisible(SECTIONS_LAYER_ID)) targets.push({ source: SECTIONS_LAYER_ID })
  for (const definition of definitions) {
    if (!followsSeries(definition) || !isOnMap(definition.id) || !isVisible(definition.id)) continue
    targets.push({ source: definition.id, sourceLayer: definition.tiles!.sourceLayer })
  }
  return targets
}

export const targetsKey = (targets: readonly SectionStateTarget[]) => targets.map((target) => `${target.source}/${target.sourceLayer ?? ''}`).join('|')
