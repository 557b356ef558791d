/**
 * The planner's layer order (ids, top first; domain/layers/layer-order.ts), kept in this browser and in
 * the URL (view-state key `ord`). Empty until the planner moves a layer: the catalogue order then holds.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '@/domain/view-state/decode-values.ts'
import { readLocal, writeLocal } from '@/data/persistence/local-storage.ts'

function readStoredOrder(): string[] {
  const stored = readLocal('layerOrder')
  if (!Array.isArray(stored)) return []
  return stored.filter((id): id is string => typeof id === 'string' && id.length <= MAX_TEXT_LENGTH).slice(0, MAX_LIST_ITEMS)
}

export const useLayerOrderStore = defineStore('layer-order', () => {
  const order = ref<string[]>(readStoredOrder())
  watch(order, (value) => {
    // Storage full or disabled: the order then lasts for this visit (and the URL keeps it).
    writeLocal('layerOrder', value)
  })
  function setOrder(next: readonly string[]) {
    if (next.length === order.value.length && next.every((id, index) => id === order.value[index])) return
    order.value = [...next]
  }
  return { order, setOrder }
})
