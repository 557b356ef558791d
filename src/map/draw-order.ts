/**
 * Drawing order of the thematic layers (issue 12 item 5): every polygon below every line below every
 * point, so that an imported or configured polygon never covers (or tints) a section marker; within a
 * tier, the planner's order (top of the layer panel drawn on top). Polygons and lines sit below the basemap
 * labels; points above them, so that no label covers a section marker.
 */
import { watch } from 'vue'
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { orderedLayers } from '@/domain/layers/layer-order.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useLayerOrderStore } from '@/stores/layer-order.ts'
import { thematicLayers } from './thematic-layers.ts'
import { FIRST_LABEL_LAYER } from './basemap-style.ts'

/** 0 polygons (fill and outline), 1 lines, 2 points (circles and their numerals). */
export function drawTier(layer: LayerSpecification): 0 | 1 | 2 {
  if (layer.type === 'fill' || layer.type === 'fill-extrusion') return 0
  if (layer.type === 'line') return layer.id.endsWith('-outline') ? 0 : 1
  return 2
}

/** Map layer ids bottom first, for definitions given top first. */
export function drawOrder(definitionsTopFirst: readonly LayerDefinition[]): string[] {
  const bottomFirst = [...definitionsTopFirst].reverse()
  const layers = bottomFirst.map((definition) => thematicLayers(definition))
  const ids: string[] = []
  for (const tier of [0, 1, 2] as const) for (const list of layers) for (const layer of list) if (drawTier(layer) === tier) ids.push(layer.id)
  return ids
}

/** Moves the map's thematic layers into `drawOrder`, touching the style only when it differs. */
export function applyDrawOrder(map: MapLibreMap, definitionsTopFirst: readonly LayerDefinition[]): void {
  const wanted = drawOrder(definitionsTopFirst).filter((id) => map.getLayer(id))
  const present = new Set(wanted)
  const current = (map.getStyle().layers ?? []).map((layer) => layer.id).filter((id) => present.has(id))
  if (current.length === wanted.length && current.every((id, index) => id === wanted[index])) return
  const labels = map.getLayer(FIRST_LABEL_LAYER) ? FIRST_LABEL_LAYER : undefined
  // Points go above the basemap labels (a town or river name must never cover a section marker or its
  // numeral), below the analysis overlay; polygons and lines stay below the labels.
  const overlay = (map.getStyle().layers ?? []).find((layer) => layer.id.startsWith(ANALYSIS_LAYER_PREFIX))?.id
  const byId = new Map((map.getStyle().layers ?? []).map((layer) => [layer.id, layer as LayerSpecification]))
  const points = wanted.filter((id) => drawTier(byId.get(id)!) === 2)
  const below = wanted.filter((id) => drawTier(byId.get(id)!) !== 2)
  // Top first: each layer goes just below the one placed before it.
  for (let index = points.length - 1; index >= 0; index--) map.moveLayer(points[index]!, points[index + 1] ?? overlay)
  for (let index = below.length - 1; index >= 0; index--) map.moveLayer(below[index]!, below[index + 1] ?? labels)
}

/** The analysis overlay's layers (map/analysis) stay above everything thematic. */
const ANALYSIS_LAYER_PREFIX = 'analysis-'

/** Where a new thematic layer goes: points under the analysis overlay (above the labels), the rest under the labels. */
export function insertionPoint(map: MapLibreMap, layer: LayerSpecification): string | undefined {
  if (drawTier(layer) === 2) return (map.getStyle().layers ?? []).find((candidate) => candidate.id.startsWith(ANALYSIS_LAYER_PREFIX))?.id
  return map.getLayer(FIRST_LABEL_LAYER) ? FIRST_LABEL_LAYER : undefined
}

/** Keeps the map's drawing order in step with the catalogue (layers added, restyled) and the planner's order. */
export function useDrawOrder(map: MapLibreMap) {
  const catalogue = useCatalogueStore()
  const layerOrder = useLayerOrderStore()
  watch(
    () => [catalogue.definitions, layerOrder.order] as const,
    ([definitions, order]) => applyDrawOrder(map, orderedLayers(definitions, order)),
    // 'post': after every pre-flush watcher, so the catalogue sync has added (or rebuilt) the layers.
    { immediate: true, deep: true, flush: 'post' },
  )
}
