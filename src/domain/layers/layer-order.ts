import type { LayerFamily } from './types.ts'

/**
 * The planner's layer order (issue 12 item 5): a list of layer ids, top first — the top layer of the list
 * is drawn above the others of the same geometry tier (points always above lines above polygons, so
 * that no polygon ever covers a section marker). Pure: the store keeps the list, the map applies it.
 */

/**
 * `ids` (the catalogue's order) rearranged by `order`: the ids named in `order` take the slots those ids
 * hold in `ids`, in `order`'s sequence; ids `order` does not name (a new import, a layer added to the
 * catalogue) keep their own slot, and ids of `order` that are not in `ids` are ignored. So a stored
 * or linked order stays valid when layers come and go.
 */
export function applyLayerOrder(ids: readonly string[], order: readonly string[]): string[] {
  const rank = new Map<string, number>()
  order.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, index)
  })
  const ranked = ids.filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!)
  let next = 0
  return ids.map((id) => (rank.has(id) ? ranked[next++]! : id))
}

export type MoveDirection = 'up' | 'down'

/**
 * `ordered` with `id` swapped with its nearest neighbour in `direction` among the ids `sameGroup` accepts
 * (the panel groups layers by family, and a layer moves within its group). Unchanged at the group's end.
 */
export function moveLayer(ordered: readonly string[], id: string, direction: MoveDirection, sameGroup: (other: string) => boolean): string[] {
  const index = ordered.indexOf(id)
  if (index === -1) return [...ordered]
  const step = direction === 'up' ? -1 : 1
  let other = index + step
  while (other >= 0 && other < ordered.length && !sameGroup(ordered[other]!)) other += step
  if (other < 0 || other >= ordered.length) return [...ordered]
  const next = [...ordered]
  next[index] = ordered[other]!
  next[other] = id
  return next
}

/**
 * The rank of each family's group in the layer panel and the map's stack, top first (lowest first). A
 * Record, so a family added to `LayerFamily` fails type-checking until it has its place (before, a
 * forgotten family silently never showed). Spaced by ten to leave room between neighbours.
 */
export const FAMILY_ORDER: Readonly<Record<LayerFamily, number>> = { water: 10, sources: 15, land: 20, soil: 30, green: 40, imported: 90 }

/** The families, top first. */
export const FAMILIES_IN_ORDER: readonly LayerFamily[] = (Object.keys(FAMILY_ORDER) as LayerFamily[]).sort((a, b) => FAMILY_ORDER[a] - FAMILY_ORDER[b])

/**
 * Layers as the panel lists them and the map stacks them, top first: grouped by family (FAMILY_ORDER),
 * each group in the planner's order.
 */
export function orderedLayers<T extends { id: string; family: LayerFamily }>(layers: readonly T[], order: readonly string[]): T[] {
  const byId = new Map(layers.map((layer) => [layer.id, layer]))
  const ordered = applyLayerOrder(layers.map((layer) => layer.id), order).map((id) => byId.get(id)!)
  return FAMILIES_IN_ORDER.flatMap((family) => ordered.filter((layer) => layer.family === family))
}
