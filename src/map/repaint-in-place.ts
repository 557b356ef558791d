/**
 * A change of an imported layer's definition that alters only paint — a new colour on commit, a restyle
 * with one colour, a rename (no paint at all) — applied with setPaintProperty. MapLibre keeps the layer's
 * buckets for a constant paint value; removing and adding the layers made it lay out and upload every
 * feature again: 200,000 points were a 0.8–1.2 s task on the page when a preview was committed (issue 15 §2).
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'

/** Paint properties the layers store scales by the planner's opacity (use-layer-sync.ts): not set here. */
const SCALED_BY_OPACITY = new Set(['fill-opacity', 'line-opacity', 'circle-opacity', 'text-opacity'])

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function paintOf(layer: LayerSpecification): Record<string, unknown> {
  return ('paint' in layer ? (layer.paint as Record<string, unknown> | undefined) : undefined) ?? {}
}

/** The paint values that differ, or null when the layers differ in more than paint (or in an opacity). */
export function paintChanges(before: readonly LayerSpecification[], after: readonly LayerSpecification[]): { layerId: string; property: string; value: unknown }[] | null {
  if (before.length !== after.length) return null
  const changes: { layerId: string; property: string; value: unknown }[] = []
  for (let index = 0; index < after.length; index++) {
    const { paint: _oldPaint, ...oldRest } = before[index]! as LayerSpecification & { paint?: unknown }
    const { paint: _newPaint, ...newRest } = after[index]! as LayerSpecification & { paint?: unknown }
    if (!same(oldRest, newRest)) return null
    const oldPaint = paintOf(before[index]!)
    const newPaint = paintOf(after[index]!)
    for (const property of new Set([...Object.keys(oldPaint), ...Object.keys(newPaint)])) {
      if (same(oldPaint[property], newPaint[property])) continue
      if (SCALED_BY_OPACITY.has(property)) return null
      changes.push({ layerId: after[index]!.id, property, value: newPaint[property] })
    }
  }
  return changes
}

/** Applies the paint changes from `before` to `after` on the map; false (nothing applied) when that is not enough. */
export function repaintInPlace(map: MapLibreMap, before: readonly LayerSpecification[], after: readonly LayerSpecification[]): boolean {
  const changes = paintChanges(before, after)
  if (!changes || after.some((layer) => !map.getLayer(layer.id))) return false
  type Paint = Parameters<MapLibreMap['setPaintProperty']>
  for (const change of changes) map.setPaintProperty(change.layerId, change.property as Paint[1], change.value as Paint[2])
  return true
}
