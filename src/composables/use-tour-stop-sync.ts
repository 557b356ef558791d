/**
 * Keeps the map on the presenter's stop: on every change of stop the stop's view is applied (flying
 * there, or jumping the first time and when the user prefers reduced motion), then `state` says
 * 'ready' once the map is idle; autoplay waits for that before it starts counting the dwell time.
 */
import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import type { Feature } from 'geojson'
import { autoplayNext, dwellSecondsOf } from '@/domain/tour/index.ts'
import { applyStop } from '@/map/tour/apply-stop.ts'
import type { MapHandle } from '@/map/tour/map-handle.ts'
import { useTourStore } from '@/stores/tour.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { layerFeatures } from '@/data/feature-registry.ts'

/** The presenter's boxes over the map: every shown child of `overlay` except the ones marked as not covering it. */
function coveringBoxes(overlay: HTMLElement | null): Element[] {
  if (!overlay) return []
  return [...overlay.children].filter((child) => !child.hasAttribute('data-not-covering') && child.getClientRects().length > 0)
}
/**
 * `overlay`: the presenter's root; its boxes (caption, figures, overview, controls) are kept off the
 * subject of a 'fit' stop.
 */
export function useTourStopSync(map: Ref<MapHandle | null | undefined>, overlay?: Ref<HTMLElement | null>) {
  const store = useTourStore()
  const sectionView = useSectionViewStore()
  // A stop that names no feature is about the sections its filter leaves on the map.
  function showsSection(feature: Feature): boolean {
    const index = layerFeatures('sections').indexOf(feature)
    return index < 0 || sectionView.visible[index] !== false
  }
  // Read the boxes once the stop's caption and figures are on screen (the stores changed a moment ago).
  async function obstacles(): Promise<readonly Element[]> {
    await nextTick()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return coveringBoxes(overlay?.value ?? null)
  }
  const state = ref<'moving' | 'ready'>('moving')
  let generation = 0
  let shown = false
  let dwellTimer: ReturnType<typeof setTimeout> | null = null

  function clearDwell() {
    if (dwellTimer) clearTimeout(dwellTimer)
    dwellTimer = null
  }

  function scheduleAutoplay() {
    clearDwell()
    const tour = store.tour
    const stop = store.stop
    if (!store.autoplay || !tour || !stop || state.value !== 'ready') return
    dwellTimer = setTimeout(() => {
      const following = autoplayNext(tour, store.index)
      // The end of autoplay ends the presentation: the planner's own view comes back (issue 12 item 1).
      if (following === null) store.leave()
      else store.goTo(following)
    }, dwellSecondsOf(stop) * 1000)
  }

  async function show() {
    const current = map.value
    const stop = store.stop
    if (!current || !stop || !store.presenting) return
    const mine = ++generation
    state.value = 'moving'
    clearDwell()
    await applyStop(current, stop, { animate: shown, obstacles, showsSection })
    shown = true
    if (mine !== generation) return
    state.value = 'ready'
    scheduleAutoplay()
  }

  // Start once mounted: the presenter's mount puts the map full screen, and the first stop must be
  // framed at that size (a frame later, when the new layout is measurable).
  let mounted = false
  onMounted(() => {
    void nextTick(() => requestAnimationFrame(() => {
      mounted = true
      void show()
    }))
  })
  watch(() => [map.value, store.tour?.id, store.index, store.stop] as const, () => {
    if (mounted) void show()
  })
  watch(() => store.autoplay, scheduleAutoplay)
  onBeforeUnmount(() => {
    generation++
    clearDwell()
  })
  return { state }
}
