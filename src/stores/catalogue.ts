/**
 * The layer catalogue the app shows: the shipped layers (config/layer-catalogue.ts) plus the layers a
 * planner imported. Imported definitions are plain data (their features live in data/feature-registry.ts).
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import type { CatalogueProblem } from '@/data/load-catalogue.ts'
import { useLayersStore } from './layers.ts'
import { followsSeries } from '@/domain/layers/follows-series.ts'

export const useCatalogueStore = defineStore('catalogue', () => {
  const imported = ref<LayerDefinition[]>([])
  /** Layers from geodata/catalogue.json (files or feature services), loaded like the shipped ones. */
  const configured = ref<LayerDefinition[]>([])
  /** Broken entries of geodata/catalogue.json, worded per locale by components/layers/load-problem-text.ts. */
  const problems = ref<CatalogueProblem[]>([])
  /** geodata/catalogue.json → `monitoring` as written: the series is read from this service (null: the shipped table). */
  const monitoring = ref<unknown>(null)
  const definitions = computed<LayerDefinition[]>(() => [...LAYER_CATALOGUE, ...configured.value, ...imported.value])
  const layersStore = useLayersStore()

  function definition(id: string): LayerDefinition | undefined {
    return definitions.value.find((candidate) => candidate.id === id)
  }
  /** Adds (or replaces) an imported layer whose features are already registered. */
  function addImported(next: LayerDefinition, count: number) {
    imported.value = [...imported.value.filter((candidate) => candidate.id !== next.id), next]
    layersStore.addLayer(next.id, count)
  }
  function setConfigured(next: LayerDefinition[], problemList: CatalogueProblem[], monitoringService: unknown = null) {
    configured.value = next
    problems.value = problemList
    monitoring.value = monitoringService
    for (const definition of next) layersStore.addPendingLayer(definition.id, definition.visibleByDefault)
    // Tile sections that follow the series (issue 17 §4) draw the sections: the GeoJSON layer stays loaded
    // as the register (board, filters, cards) but is not drawn twice; the layer panel can show it again.
    if (next.some(followsSeries)) layersStore.setVisible('sections', false)
  }
  function removeImported(id: string) {
    imported.value = imported.value.filter((candidate) => candidate.id !== id)
    layersStore.removeLayer(id)
  }
  function updateImported(id: string, changes: Partial<Pick<LayerDefinition, 'name' | 'style' | 'fileStyle'>>) {
    imported.value = imported.value.map((candidate) => (candidate.id === id ? { ...candidate, ...changes } : candidate))
  }
  return { imported, configured, problems, monitoring, definitions, definition, addImported, setConfigured, removeImported, updateImported }
})
