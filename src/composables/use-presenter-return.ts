/**
 * Presenting is a mode, not an edit (issue 12 item 1). Entering the presenter takes a snapshot of the
 * planner's explore view — the plain store state that the view-state codec encodes (camera, layers,
 * opacity, clock, comparison, filter, selection), the open panels and the address — and leaving it by
 * any way (exit button, Esc, end of autoplay, browser back) puts exactly that view back.
 *
 * Browser back: entering pushes one history entry, so Back leaves the presenter instead of the app;
 * leaving any other way steps back over that entry, so history holds no stale presenter entries.
 *
 * A tour opened from a link has no earlier view: leaving shows the tour's first stop as an explore view
 * and `notice` says so (the planner would otherwise not know why the map shows this view).
 */
import { onBeforeUnmount, ref, toRaw, watch, type Ref } from 'vue'
import { encodeViewState, type ViewState } from '@/domain/view-state/index.ts'
import { readTourLocation } from '@/domain/tour/index.ts'
import { applyViewState, currentViewState } from '@/map/use-url-state.ts'
import { applyStop } from '@/map/tour/apply-stop.ts'
import type { MapHandle } from '@/map/tour/map-handle.ts'
import { useTourStore } from '@/stores/tour.ts'
import { useClockStore } from '@/stores/clock.ts'
import { plainViewState } from './use-tour-location.ts'

/** Marks the history entry pushed on entering the presenter. */
const PRESENTER_ENTRY = 'shuitian-presenter'

export interface PanelMemory<Panels> {
  capture(): Panels
  restore(panels: Panels): void
}

interface Snapshot<Panels> {
  view: ViewState
  /** The clock's requested month (a link's month outside the data range), as the clock store had it. */
  requestedMonth: string | null
  panels: Panels
  /** The explore address (path + query + hash), as the codec writes it for `view`. */
  url: string
}

export type PresenterNotice = { kind: 'first-stop'; title: string } | null

function isPresenterEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[PRESENTER_ENTRY] === true
}

export function usePresenterReturn<Panels>(map: Ref<MapHandle | null>, panels: PanelMemory<Panels>) {
  const store = useTourStore()
  const clockStore = useClockStore()
  const notice = ref<PresenterNotice>(null)
  // A page opened on a tour link presents before the planner had any view of their own.
  let openedFromLink = readTourLocation(location.search) !== null
  let snapshot: Snapshot<Panels> | null = null
  /** The explore address to write once Back has taken the browser off the presenter's entry. */
  let pendingUrl: string | null = null

  function enter() {
    notice.value = null
    if (openedFromLink) {
      snapshot = null
    } else {
      const view = structuredClone(plainViewState(currentViewState(map.value)))
      snapshot = {
        view,
        requestedMonth: clockStore.requestedMonth,
        panels: structuredClone(toRaw(panels.capture())),
        url: `${location.pathname}${encodeViewState(view)}${location.hash}`,
      }
    }
    openedFromLink = false
    if (!isPresenterEntry(history.state)) history.pushState({ ...(history.state as object | null), [PRESENTER_ENTRY]: true }, '', location.href)
  }

  function writeUrl(url: string) {
    if (isPresenterEntry(history.state)) pendingUrl = url
    else history.replaceState(history.state, '', url)
  }

  async function restore() {
    const saved = snapshot
    snapshot = null
    const current = map.value
    if (saved) {
      applyViewState(structuredClone(saved.view), current)
      clockStore.requestedMonth = saved.requestedMonth
      panels.restore(saved.panels)
      writeUrl(saved.url)
    } else if (store.tour && store.tour.stops[0] && current) {
      const first = store.tour.stops[0]
      store.goTo(0)
      notice.value = { kind: 'first-stop', title: first.title }
      await applyStop(current, first, { animate: false })
    }
  }

  function onPopState(event: PopStateEvent) {
    if (isPresenterEntry(event.state)) {
      // Forward onto a presentation already left: that entry becomes the explore view, not a stale stop link.
      if (!store.presenting) history.replaceState(null, '', `${location.pathname}${encodeViewState(plainViewState(currentViewState(map.value)))}${location.hash}`)
      return
    }
    if (store.presenting) {
      // Back while presenting: leave; the entry we are on is already the explore address.
      store.leave()
      return
    }
    if (pendingUrl) {
      history.replaceState(history.state, '', pendingUrl)
      pendingUrl = null
    }
  }
  window.addEventListener('popstate', onPopState)
  onBeforeUnmount(() => window.removeEventListener('popstate', onPopState))

  // 'sync': the snapshot must be taken before the presenter applies its first stop.
  watch(() => store.presenting, (presenting, before) => {
    if (presenting === before) return
    if (presenting) {
      enter()
      return
    }
    // Left by a button, a key or the end of autoplay: step back over the presenter's history entry.
    if (isPresenterEntry(history.state)) history.back()
    void restore()
  }, { flush: 'sync' })

  return { notice, dismissNotice: () => (notice.value = null) }
}
