/**
 * Tour stops in the URL: a start URL with `tour=<id>&stop=<n>` opens that tour at that stop in presenter
 * mode, and while presenting the address bar always holds the current stop's permalink (stopPermalink:
 * the stop's full view plus tour and stop), so copying it restores the same stop in a new page.
 * Call once in the explore view's setup with the map ref: `useTourLocation(map)`.
 */
import { toRaw, watch, type Ref } from 'vue'
import { readTourLocation, stopPermalink } from '@/domain/tour/index.ts'
import type { ViewState } from '@/domain/view-state/index.ts'
import { currentViewState } from '@/map/use-url-state.ts'
import type { MapHandle } from '@/map/tour/map-handle.ts'
import { useTourStore } from '@/stores/tour.ts'

/** A view state without store proxies (structuredClone cannot copy them). */
export function plainViewState(view: ViewState): ViewState {
  return { ...view, filter: toRaw(view.filter), selected: view.selected ? { ...toRaw(view.selected) } : null }
}

/** The URL without `tour` and `stop` (when leaving the presenter). */
function withoutTourKeys(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('tour')
  params.delete('stop')
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}

export function useTourLocation(map: Ref<MapHandle | null | undefined>) {
  const store = useTourStore()
  const start = readTourLocation(location.search)
  let started = start === null

  async function openFromUrl() {
    if (!start) return
    // The tour library (reading and checking tour files) loads only for a link to a tour (issue 15 §1).
    const { openTourById } = await import('./use-tour-library.ts')
    if (await openTourById(start.tourId)) store.present(start.index)
    // A link to a broken or missing tour opens the presenter on the error (it names file and problem).
    else store.presenting = true
  }

  watch(map, (ready) => {
    if (ready && !started) {
      started = true
      void openFromUrl()
    }
  }, { immediate: true })

  // While presenting, the address is the stop's permalink; leaving removes the tour keys.
  watch(() => [store.presenting, store.tour, store.index] as const, ([presenting, tour, index]) => {
    if (presenting && tour && tour.stops.length > 0) {
      const query = stopPermalink(toRaw(tour), index, plainViewState(currentViewState(map.value ?? null)))
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`)
    } else if (!presenting && new URLSearchParams(location.search).has('tour')) {
      history.replaceState(history.state, '', `${location.pathname}${withoutTourKeys(location.search)}${location.hash}`)
    }
  }, { deep: true })
}
