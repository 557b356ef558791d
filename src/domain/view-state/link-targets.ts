/**
 * What a link names that the app does not have (issue #14 §6): rivers and towns in the section filter,
 * layers in `l` / `op`, the layer or feature in `sel`. The decoder drops unknown values as it reads; this
 * check runs once the data is known (sections loaded, stored imports restored), so that a link to
 * `?riv=A` or to a feature of an imported layer is judged against what exists, and the planner is told,
 * in words, what was ignored instead of being shown an empty map.
 */
import { decodeItem, decodeList, splitQuery } from './query.ts'
import { MAX_LIST_ITEMS } from './decode-values.ts'

export type LinkTargetKind = 'river' | 'town' | 'layer' | 'feature'

export interface UnknownLinkTarget {
  kind: LinkTargetKind
  /** The name or id as the link wrote it. */
  value: string
}

export interface KnownTargets {
  rivers: readonly string[]
  towns: readonly string[]
  layers: readonly string[]
  /** Whether a layer that exists has this feature. */
  hasFeature(layerId: string, featureId: string): boolean
}

function listed(pairs: Map<string, string>, key: string): string[] {
  const raw = pairs.get(key)
  return raw === undefined ? [] : [...new Set(decodeList(raw))].slice(0, MAX_LIST_ITEMS)
}

/** Every value of the link that names something the app does not have, each once, in link order. */
export function unknownLinkTargets(query: string, known: KnownTargets): UnknownLinkTarget[] {
  const pairs = splitQuery(query)
  const found: UnknownLinkTarget[] = []
  const add = (kind: LinkTargetKind, value: string) => {
    if (!found.some((item) => item.kind === kind && item.value === value)) found.push({ kind, value })
  }
  const rivers = new Set(known.rivers)
  const towns = new Set(known.towns)
  const layers = new Set(known.layers)
  for (const river of listed(pairs, 'riv')) if (!rivers.has(river)) add('river', river)
  for (const town of listed(pairs, 'town')) if (!towns.has(town)) add('town', town)
  for (const layer of listed(pairs, 'l')) if (!layers.has(layer)) add('layer', layer)
  for (const item of listed(pairs, 'op')) {
    const layer = item.slice(0, Math.max(0, item.lastIndexOf(':')))
    if (layer !== '' && !layers.has(layer)) add('layer', layer)
  }
  const selected = pairs.get('sel')
  if (selected !== undefined) {
    const at = selected.indexOf(':')
    const layerId = decodeItem(at < 0 ? '' : selected.slice(0, at)).trim()
    const featureId = decodeItem(at < 0 ? selected : selected.slice(at + 1)).trim()
    if (layerId !== '' && !layers.has(layerId)) add('layer', layerId)
    else if (layerId !== '' && featureId !== '' && !known.hasFeature(layerId, featureId)) add('feature', featureId)
  }
  return found
}
