/**
 * What the user sees of each catalogue layer: visibility, opacity, load status and feature count.
 * Plain serialisable state; the features themselves live in data/feature-registry.ts.
 */
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import type { LoadFailure } from '@/data/load-layer.ts'
import type { FeatureProblem } from '@/data/geojson-validation.ts'

export type LayerStatus = 'loading' | 'ready' | 'error'

export interface LayerViewState {
  visible: boolean
  opacity: number
  status: LayerStatus
  count: number
  /** Why the file could not be loaded (names the file). */
  error: LoadFailure | null
  /** Features skipped while loading: index, kind and fields (worded by components/layers/load-problem-text.ts). */
  skipped: FeatureProblem[]
  /** Legend categories the user switched off (values of the categorical style's property). */
  hiddenCategories: string[]
}

export const useLayersStore = defineStore('layers', () => {
  const layers = reactive<Record<string, LayerViewState>>(
    Object.fromEntries(
      LAYER_CATALOGUE.map((definition) => [
        definition.id,
        { visible: definition.visibleByDefault, opacity: 1, status: 'loading', count: 0, error: null, skipped: [], hiddenCategories: [] },
      ]),
    ),
  )

  function setVisible(layerId: string, visible: boolean) {
    const layer = layers[layerId]
    if (layer) layer.visible = visible
  }
  function setOpacity(layerId: string, opacity: number) {
    const layer = layers[layerId]
    if (layer) layer.opacity = Math.min(1, Math.max(0, opacity))
  }
  function markLoaded(layerId: string, count: number, skipped: LayerViewState['skipped']) {
    const layer = layers[layerId]
    if (!layer) return
    Object.assign(layer, { status: 'ready', count, skipped, error: null })
  }
  function markFailed(layerId: string, error: LoadFailure) {
    const layer = layers[layerId]
    if (layer) Object.assign(layer, { status: 'error', error, count: 0 })
  }
  /** A layer that joined after start (an import), already loaded. */
  function addLayer(layerId: string, count: number) {
    layers[layerId] = { visible: true, opacity: 1, status: 'ready', count, error: null, skipped: [], hiddenCategories: [] }
  }
  /** A configured layer that will load with the others. */
  function addPendingLayer(layerId: string, visible: boolean) {
    layers[layerId] = { visible, opacity: 1, status: 'loading', count: 0, error: null, skipped: [], hiddenCategories: [] }
  }
  function removeLayer(layerId: string) {
    delete layers[layerId]
  }
  /** Shows or hides one legend category of a layer (a stage, a verdict, a kind). */
  function toggleCategory(layerId: string, value: string) {
    const layer = layers[layerId]
    if (!layer) return
    layer.hiddenCategories = layer.hiddenCategories.includes(value)
      ? layer.hiddenCategories.filter((hidden) => hidden !== value)
      : [...layer.hiddenCategories, value]
  }
  /** Bulk update, used when a permalink or a tour stop sets the visible layers at once. */
  function setVisibleLayers(visibleIds: readonly string[]) {
    for (const [id, layer] of Object.entries(layers)) layer.visible = visibleIds.includes(id)
  }
  return { layers, setVisible, setOpacity, markLoaded, markFailed, setVisibleLayers, addLayer, addPendingLayer, removeLayer, toggleCategory }
})
