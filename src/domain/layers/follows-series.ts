/**
 * A tile layer whose features are monitoring sections of the series (catalogue `"style": "water-class"`,
 * issue 17 §4): its feature ids are the series' section ids, and it takes class, change and filter
 * visibility from the series through feature-state, like the shipped sections layer.
 */
import type { LayerDefinition } from './types.ts'

export function followsSeries(definition: LayerDefinition): boolean {
  return Boolean(definition.tiles) && definition.style.kind === 'water-class'
}
