/** Mirrors the layers store (visibility, opacity) and the selection onto the map. */
import { watch, type ShallowRef } from 'vue'
import type { DataDrivenPropertyValueSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { useLayersStore } from '@/stores/layers.ts'
import { useSelectionStore, type FeatureReference } from '@/stores/selection.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { thematicLayers } from './thematic-layers.ts'
import { followsSeries } from '@/domain/layers/follows-series.ts'
import { SECTIONS_LAYER_ID } from '@/domain/families/water/module.ts'

const OPACITY_PROPERTY: Record<string, 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'text-opacity'> = {
  fill: 'fill-opacity',
  line: 'line-opacity',
  circle: 'circle-opacity',
  symbol: 'text-opacity',
}

function applyLayerState(map: MapLibreMap, definition: LayerDefinition | undefined, layerId: string, visible: boolean, opacity: number) {
  if (!definition || !map.getSource(layerId)) return
  for (const layer of thematicLayers(definition)) {
    if (!map.getLayer(layer.id)) continue
    map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none')
    const property = OPACITY_PROPERTY[layer.type]
    if (!property) continue
    // The user's opacity scales the layer's own expression (which keeps hover and filter emphasis).
    const original = (layer.paint as Record<string, unknown> | undefined)?.[property]
    const value = (original === undefined ? opacity : ['*', opacity, original]) as DataDrivenPropertyValueSpecification<number>
    map.setPaintProperty(layer.id, property, value)
  }
}

export function useLayerSync(map: ShallowRef<MapLibreMap | null>) {
  const layersStore = useLayersStore()
  const selection = useSelectionStore()
  const catalogue = useCatalogueStore()

  watch(
    () => Object.entries(layersStore.layers).map(([id, layer]) => [id, layer.visible, layer.opacity, layer.status] as const),
    (entries) => {
      const current = map.value
      if (!current) return
      for (const [id, visible, opacity] of entries) applyLayerState(current, catalogue.definition(id), id, visible, opacity)
    },
  )

  function setSelectedState(reference: FeatureReference | null, selected: boolean) {
    const current = map.value
    if (!current || !reference) return
    // A section is drawn by the tile layers that follow the series too (issue 17 §4); a vector-tile source
    // takes feature-state only with its inner layer.
    const definitions = reference.layerId === SECTIONS_LAYER_ID ? [catalogue.definition(SECTIONS_LAYER_ID), ...catalogue.definitions.filter(followsSeries)] : [catalogue.definition(reference.layerId)]
    for (const definition of definitions) {
      if (!definition || !current.getSource(definition.id)) continue
      current.setFeatureState({ source: definition.id, ...(definition.tiles ? { sourceLayer: definition.tiles.sourceLayer } : {}), id: reference.featureId }, { selected })
    }
  }
  watch(
    () => selection.selected,
    (next, previous) => {
      setSelectedState(previous, false)
      setSelectedState(next, true)
    },
  )
}
