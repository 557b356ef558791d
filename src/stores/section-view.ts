/**
 * The sections as the clock and the filters see them right now: each section's class, attainment and
 * change, whether the filter keeps it, and the live counts. Recomputed on a clock step or a filter change
 * (45 sections: microseconds; 10,000: about a millisecond), read by the map sync, the list and the panels.
 * One store, so every reader shares one computation; it holds only derived values.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useClockStore } from '@/stores/clock.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { classesAt, waterSeries } from '@/data/water-series.ts'
import { sectionInfoOf, sectionStates, type SectionInfo } from '@/domain/sections/section-states.ts'
import { changeCounts, filterCounts, matchesSectionFilter, referencePeriodStart, type SectionFilter } from '@/domain/filters/index.ts'

export const useSectionViewStore = defineStore('section-view', () => {
  const clockStore = useClockStore()
  const filterStore = useSectionFilterStore()
  const water = useWaterStore()
  const layersStore = useLayersStore()

  const sections = computed<SectionInfo[]>(() => {
    if (layersStore.layers.sections?.status !== 'ready') return []
    return layerFeatures('sections').map((feature) => sectionInfoOf((feature.properties ?? {}) as Record<string, unknown>))
  })

  /** For each section, its row in the class matrix (-1 when the series has no such section). */
  const matrixRows = computed(() => {
    void water.version
    const series = waterSeries()
    const rows = new Int32Array(sections.value.length).fill(-1)
    if (!series) return rows
    const indexOf = new Map(series.matrix.sectionIds.map((id, index) => [id, index]))
    sections.value.forEach((section, index) => {
      rows[index] = indexOf.get(section.id) ?? -1
    })
    return rows
  })

  /** Classes of `sections` (0 = no sample) at a month/period, re-ordered from the matrix order. */
  function classesFor(month: string): Uint8Array {
    const result = new Uint8Array(sections.value.length)
    if (!waterSeries()) return result
    const column = classesAt(month, clockStore.clock.mode)
    const rows = matrixRows.value
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!
      result[index] = row < 0 ? 0 : column[row]!
    }
    return result
  }

  const states = computed(() => {
    void water.version
    const { month, mode } = clockStore.clock
    const current = classesFor(month)
    const referenceMonth = referencePeriodStart(month, mode, filterStore.compare)
    return sectionStates(sections.value, current, referenceMonth ? classesFor(referenceMonth) : null)
  })

  // The filter as plain arrays: read through the store's reactive proxy, every `filter[kind]` and
  // `includes` in the 10,000-section loops below was a tracked proxy access (the largest share of a filter
  // change's script time, docs/performance.md). Copying tracks every field once.
  const plainFilter = computed<SectionFilter>(() => {
    const filter = filterStore.filter
    return {
      classes: [...filter.classes],
      levels: [...filter.levels],
      rivers: [...filter.rivers],
      towns: [...filter.towns],
      attainment: [...filter.attainment],
      changedOnly: filter.changedOnly,
    }
  })
  const visible = computed(() => {
    const filter = plainFilter.value
    const current = states.value
    return sections.value.map((section, index) => matchesSectionFilter(section, current[index]!, filter))
  })
  const counts = computed(() => filterCounts(sections.value, states.value, plainFilter.value))
  const changes = computed(() => changeCounts(states.value.map((state) => state.change)))
  /** Changes of the sections the filter keeps: what the comparison legends count (the rings drawn). */
  const shownChanges = computed(() => changeCounts(states.value.filter((_, index) => visible.value[index]).map((state) => state.change)))

  return { sections, states, visible, counts, changes, shownChanges }
})
