/**
 * A start link that names this family's layers (`l`) or one of its features (`sel`) was read before the
 * family existed (map/settle-link.ts judged those names unknown). Once its layers are loaded, the link is
 * applied for them, and the notice stops naming them as missing.
 */
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import { featureById } from '@/data/feature-registry.ts'
import { decodeItem, decodeList, splitQuery } from '@/domain/view-state/query.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useLinkNoticeStore } from '@/stores/link-notice.ts'
import { useSelectionStore } from '@/stores/selection.ts'

/** The query the page was opened with (the address bar has been rewritten since). */
export function startQuery(): string {
  const navigation = performance.getEntriesByType('navigation')[0]
  return navigation ? new URL(navigation.name).search : location.search
}

export function applyStartLink(query: string): void {
  const pairs = splitQuery(query)
  if (pairs.has('tour')) return
  const ids = new Set(SOURCE_LAYERS.map((definition) => definition.id))
  const layersStore = useLayersStore()
  const listed = pairs.get('l')
  if (listed !== undefined) {
    const visible = new Set(decodeList(listed))
    for (const id of ids) layersStore.setVisible(id, visible.has(id))
  }
  const selected = pairs.get('sel')
  const at = selected?.indexOf(':') ?? -1
  const layerId = selected && at > 0 ? decodeItem(selected.slice(0, at)).trim() : ''
  const featureId = selected && at > 0 ? decodeItem(selected.slice(at + 1)).trim() : ''
  const found = ids.has(layerId) && featureById(layerId, featureId) !== undefined
  if (found) useSelectionStore().select({ layerId, featureId })
  const notice = useLinkNoticeStore()
  const stillUnknown = notice.ignored.filter((target) => !(target.kind === 'layer' && ids.has(target.value)) && !(found && target.kind === 'feature' && target.value === featureId))
  if (stillUnknown.length !== notice.ignored.length) notice.show(stillUnknown)
}
