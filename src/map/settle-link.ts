/**
 * The second reading of a start link (issue #14 §6). At start the link is read before the data exists:
 * rivers and towns are not known yet, and imported layers are still in IndexedDB, so a link selecting a
 * feature of an imported layer lost its selection and `?riv=A` emptied the map. Once the sections are
 * loaded and the stored layers restored, the same link is read again against what exists: its layers,
 * filter and selection are applied without the unknown names, and those names are reported.
 */
import { watch } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { decodeViewState, VIEW_STATE_KEYS } from '@/domain/view-state/index.ts'
import { splitQuery } from '@/domain/view-state/query.ts'
import { unknownLinkTargets } from '@/domain/view-state/link-targets.ts'
import { featureById } from '@/data/feature-registry.ts'
import { storedLayersRestored } from '@/composables/use-persistence.ts'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useLinkNoticeStore } from '@/stores/link-notice.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import type { ViewState } from '@/domain/view-state/index.ts'

function sectionsSettled(): Promise<void> {
  const layers = useLayersStore()
  return new Promise((resolve) => {
    const stop = watch(
      () => layers.layers.sections?.status,
      (status) => {
        if (status === 'loading') return
        queueMicrotask(() => stop())
        resolve()
      },
      { immediate: true },
    )
  })
}

const distinct = (values: string[]) => [...new Set(values.filter((value) => value !== ''))]

/** Reads `query` again once the data is known; `current` gives the defaults (the view as it is now). */
export async function settleLink(query: string, current: (map: MapLibreMap) => ViewState, map: MapLibreMap): Promise<void> {
  // A link without view keys (the plain app, or a tour link whose stop sets the view) has nothing to settle.
  const pairs = splitQuery(query)
  if (pairs.has('tour') || !VIEW_STATE_KEYS.some((key) => pairs.has(key))) return
  await Promise.all([storedLayersRestored(), sectionsSettled()])
  const sections = useSectionViewStore().sections
  const rivers = distinct(sections.map((section) => section.river))
  const towns = distinct(sections.map((section) => section.town))
  const catalogue = useCatalogueStore()
  const layerIds = catalogue.definitions.map((definition) => definition.id)
  const ignored = unknownLinkTargets(query, { rivers, towns, layers: layerIds, hasFeature: (layerId, featureId) => featureById(layerId, featureId) !== undefined })
  const { state } = decodeViewState(query, current(map), { rivers, towns })
  const layersStore = useLayersStore()
  for (const layer of state.layers) {
    layersStore.setVisible(layer.id, layer.visible)
    layersStore.setOpacity(layer.id, layer.opacity)
  }
  useSectionFilterStore().setFilter(state.filter)
  const selected = state.selected && featureById(state.selected.layerId, state.selected.featureId) ? state.selected : null
  useSelectionStore().select(selected)
  useLinkNoticeStore().show(ignored)
}
