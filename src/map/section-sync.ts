/**
 * The water family's clock on the map: each section's class, change against the compare reference and
 * filter visibility at the clock, derived once by the section view (stores/section-view.ts) and written as
 * feature-state (`waterClass`, `change`, `hidden`) that thematic-layers.ts's paint reads. No setData, no
 * layer rebuild; only the fields that changed are sent (issue #7 "speed", docs/performance.md).
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { sectionStateTargets, targetsKey } from './section-state-targets.ts'

export function useSectionSync(map: MapLibreMap) {
  const view = useSectionViewStore()
  const catalogue = useCatalogueStore()
  const layersStore = useLayersStore()
  // Sections: the last state written per section, in typed arrays (10,000 sections: no strings, no
  // objects per step); only the fields that changed are sent to MapLibre.
  const CHANGE_CODES = ['unknown', 'same', 'better', 'worse'] as const
  let written = { classes: new Int8Array(0), changes: new Int8Array(0), hidden: new Int8Array(0), ids: [] as string[], targets: '' }
  // The sources the states go to (the GeoJSON sections, tile layers that follow the series), when shown.
  const targets = () =>
    sectionStateTargets(catalogue.definitions, (source) => Boolean(map.getSource(source)), (layerId) => layersStore.layers[layerId]?.visible !== false)
  watch(
    () => [view.states, view.visible, targetsKey(targets())] as const,
    ([states, visible, key]) => {
      const sections = view.sections
      const current = targets()
      if (written.targets !== key || written.ids.length !== sections.length || written.ids.some((id, index) => id !== sections[index]!.id)) {
        const size = sections.length
        written = { classes: new Int8Array(size).fill(-1), changes: new Int8Array(size).fill(-1), hidden: new Int8Array(size).fill(-1), ids: sections.map((section) => section.id), targets: key }
      }
      if (current.length === 0) return
      for (let index = 0; index < sections.length; index++) {
        const state = states[index]!
        const waterClass = state.waterClass ?? 0
        const change = CHANGE_CODES.indexOf(state.change as (typeof CHANGE_CODES)[number])
        const hidden = visible[index] ? 0 : 1
        if (written.classes[index] === waterClass && written.changes[index] === change && written.hidden[index] === hidden) continue
        const update: Record<string, string | number | boolean> = {}
        if (written.classes[index] !== waterClass) update.waterClass = written.classes[index] = waterClass
        if (written.changes[index] !== change) update.change = state.change
        if (written.hidden[index] !== hidden) update.hidden = hidden === 1
        written.changes[index] = change
        written.hidden[index] = hidden
        const id = sections[index]!.id
        for (const target of current) map.setFeatureState({ ...target, id }, update)
      }
    },
    { immediate: true },
  )
}
