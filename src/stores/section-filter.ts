/** The section filter and the change comparison (环比/同比), as plain data (src/domain/filters). */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  clearFilter,
  emptyFilter,
  toggleFilterOption,
  type CompareMode,
  type FilterKind,
  type FilterOptionTypes,
  type SectionFilter,
} from '@/domain/filters/index.ts'

export const useSectionFilterStore = defineStore('section-filter', () => {
  const filter = ref<SectionFilter>(emptyFilter())
  const compare = ref<CompareMode>('none')
  function toggle<K extends FilterKind>(kind: K, option: FilterOptionTypes[K]) {
    filter.value = toggleFilterOption(filter.value, kind, option)
  }
  function clear(kind?: FilterKind | 'changedOnly') {
    filter.value = clearFilter(filter.value, kind)
  }
  function setChangedOnly(changedOnly: boolean) {
    filter.value = { ...filter.value, changedOnly }
  }
  function setFilter(next: SectionFilter) {
    filter.value = next
  }
  function setCompare(mode: CompareMode) {
    compare.value = mode
  }
  return { filter, compare, toggle, clear, setChangedOnly, setFilter, setCompare }
})
