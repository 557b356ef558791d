/** The feature whose card is open, named by layer and id (never the feature object itself). */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface FeatureReference {
  layerId: string
  featureId: string
}

export const useSelectionStore = defineStore('selection', () => {
  const selected = ref<FeatureReference | null>(null)
  function select(reference: FeatureReference | null) {
    selected.value = reference
  }
  return { selected, select }
})
