/**
 * The tour being shown or edited, the presenter's position, and the work in progress. Plain data only
 * (the tour is JSON); the map never enters. A tour that is edited becomes the draft, which is kept in
 * localStorage after every change so that a reload does not lose it.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  addStop,
  clampStopIndex,
  createTour,
  moveStop,
  removeStop,
  tourNavigation,
  updateStop,
  updateTour,
  type Tour,
  type TourStop,
} from '@/domain/tour/index.ts'
import { parseTour } from '@/data/tour/index.ts'

export const DRAFT_STORAGE_KEY = 'shuitian.tour-draft.v1'

function readDraft(): Tour | null {
  try {
    const text = localStorage.getItem(DRAFT_STORAGE_KEY)
    if (!text) return null
    const parsed = parseTour(JSON.parse(text), 'draft')
    return 'tour' in parsed ? parsed.tour : null
  } catch {
    return null
  }
}

function writeDraft(tour: Tour | null): void {
  try {
    if (tour) localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(tour))
    else localStorage.removeItem(DRAFT_STORAGE_KEY)
  } catch {
    // Storage full or disabled (private mode): the draft then lives for this visit only.
  }
}

export const useTourStore = defineStore('tour', () => {
  const stored = readDraft()
  /** The tour shown in the panel and the presenter. */
  const tour = ref<Tour | null>(stored)
  /** True when `tour` is the locally saved work in progress (edits are saved). */
  const isDraft = ref(stored !== null)
  const index = ref(0)
  const presenting = ref(false)
  const autoplay = ref(false)
  /** Problems of the last tour that failed to load, each naming the file and the place. */
  const errors = ref<string[]>([])
  const warnings = ref<string[]>([])
  const loading = ref(false)

  const navigation = computed(() => (tour.value ? tourNavigation(tour.value, index.value) : null))
  const stop = computed<TourStop | undefined>(() => navigation.value?.stop)

  watch([tour, isDraft], ([current, draft]) => {
    if (draft) writeDraft(current)
  }, { deep: true })

  function open(next: Tour, options: { draft?: boolean; warnings?: string[] } = {}) {
    tour.value = next
    isDraft.value = options.draft ?? false
    index.value = 0
    errors.value = []
    warnings.value = options.warnings ?? []
  }
  function fail(problems: string[]) {
    errors.value = problems
    loading.value = false
  }
  function goTo(target: number) {
    if (tour.value) index.value = clampStopIndex(tour.value, target)
  }
  function present(from = index.value) {
    if (!tour.value || tour.value.stops.length === 0) return
    goTo(from)
    presenting.value = true
  }
  function leave() {
    presenting.value = false
    autoplay.value = false
  }
  /** Applies an authoring update; the edited tour becomes (and stays) the saved draft. */
  function edit(update: (current: Tour) => Tour) {
    if (!tour.value) return
    tour.value = update(tour.value)
    isDraft.value = true
    index.value = clampStopIndex(tour.value, index.value)
  }
  function startNew(title: string, date: string) {
    open(createTour(`tour-${date.replaceAll('-', '')}`, title, date), { draft: true })
  }
  function discardDraft() {
    writeDraft(null)
    isDraft.value = false
    tour.value = null
  }

  return {
    tour,
    isDraft,
    index,
    presenting,
    autoplay,
    errors,
    warnings,
    loading,
    navigation,
    stop,
    open,
    fail,
    goTo,
    present,
    leave,
    edit,
    startNew,
    discardDraft,
    addStop: (added: TourStop) => edit((current) => addStop(current, added)),
    moveStop: (from: number, to: number) => edit((current) => moveStop(current, from, to)),
    updateStop: (at: number, changes: Partial<Omit<TourStop, 'id'>>) => edit((current) => updateStop(current, at, changes)),
    removeStop: (at: number) => edit((current) => removeStop(current, at)),
    updateTour: (changes: Partial<Omit<Tour, 'stops'>>) => edit((current) => updateTour(current, changes)),
  }
})
