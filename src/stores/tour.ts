/**
 * The tour being shown or edited, the presenter's position, and the work in progress. Plain data only
 * (the tour is JSON); the map never enters. A tour that is edited becomes the draft, which is kept in
 * IndexedDB (data/persistence) after every change so that a reload or a browser restart does not lose it.
 * A draft left in localStorage by an earlier version is moved there once.
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
import type { TourProblem } from '@/data/tour/index.ts'
import { hasLocal, isQuotaError, loadTourDraft, saveTourDraft, takeLocal } from '@/data/persistence/index.ts'

/**
 * Why the draft could not be saved or read back, as plain data; the panel words it in the current
 * language (i18n/tour-messages.ts 'tour.storage.*'). `detail` is the browser's error text, shown as is;
 * `reason` is data/persistence's explanation of an unreadable saved draft, in both languages.
 */
export interface TourStorageProblem {
  kind: 'quota' | 'save-failed' | 'unreadable'
  detail?: string
  reason?: { zh: string; en: string }
}

/** An error's text, short enough for one line of the panel. */
function errorDetail(error: unknown): string {
  const text = String(error)
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

type ParseTour = typeof import('@/data/tour/parse-tour.ts').parseTour

function validDraft(parseTour: ParseTour, json: unknown): Tour | null {
  const parsed = parseTour(json, 'draft')
  return 'tour' in parsed ? parsed.tour : null
}

function hasLegacyDraft(): boolean {
  return hasLocal('legacyTourDraft')
}

function takeLegacyDraft(parseTour: ParseTour): Tour | null {
  // Where earlier versions kept the draft (data/persistence/local-storage.ts); moved to IndexedDB once.
  return takeLocal('legacyTourDraft', (value) => (value === null ? null : validDraft(parseTour, value)))
}

export const useTourStore = defineStore('tour', () => {
  /** The tour shown in the panel and the presenter. */
  const tour = ref<Tour | null>(null)
  /** True when `tour` is the locally saved work in progress (edits are saved). */
  const isDraft = ref(false)
  /** Why the draft could not be saved or read back (storage full, unreadable item), for the panel. */
  const storageProblem = ref<TourStorageProblem | null>(null)
  const index = ref(0)
  const presenting = ref(false)
  const autoplay = ref(false)
  /** Problems of the last tour that failed to load, each naming the file and the place. */
  const errors = ref<(TourProblem | string)[]>([])
  const warnings = ref<string[]>([])
  const loading = ref(false)

  const navigation = computed(() => (tour.value ? tourNavigation(tour.value, index.value) : null))
  const stop = computed<TourStop | undefined>(() => navigation.value?.stop)

  /** 'saving' while a write is queued or running, so the panel never claims a change is kept before it is. */
  const draftSaveState = ref<'saved' | 'saving' | 'failed'>('saved')
  let pendingWrites = 0
  let lastWrite: Promise<void> = Promise.resolve()
  /**
   * Writes run one after another in the order of the edits, so the last edit is the one that stays even
   * when a slow write would otherwise finish after a later one.
   */
  function writeDraft(current: Tour | null) {
    const snapshot = current ? (JSON.parse(JSON.stringify(current)) as Tour) : null
    pendingWrites += 1
    draftSaveState.value = 'saving'
    lastWrite = lastWrite
      .then(() => saveTourDraft(snapshot))
      .then(() => {
        storageProblem.value = null
        pendingWrites -= 1
        if (pendingWrites === 0 && draftSaveState.value === 'saving') draftSaveState.value = 'saved'
      })
      .catch((error: unknown) => {
        pendingWrites -= 1
        draftSaveState.value = 'failed'
        // What was saved before stays (a failed transaction is rolled back); the planner is told.
        storageProblem.value = isQuotaError(error) ? { kind: 'quota' } : { kind: 'save-failed', detail: errorDetail(error) }
      })
  }
  watch([tour, isDraft], ([current, draft]) => {
    if (draft) writeDraft(current)
  }, { deep: true })

  /** Restores the saved draft at start, unless a tour was opened meanwhile (e.g. from a link). */
  async function restoreDraft() {
    try {
      // The tour reader (validation of every stop) loads only when there is a draft to check, not with
      // the app (issue 15 §1).
      const reader = () => import('@/data/tour/parse-tour.ts').then((module) => module.parseTour)
      const legacy = hasLegacyDraft() ? takeLegacyDraft(await reader()) : null
      if (legacy) {
        if (!tour.value) open(legacy, { draft: true })
        return
      }
      const saved = await loadTourDraft()
      if (saved.problem) storageProblem.value = { kind: 'unreadable', reason: { zh: saved.problem.reasonZh, en: saved.problem.reasonEn } }
      const draft = saved.tour ? validDraft(await reader(), saved.tour) : null
      if (draft && !tour.value) open(draft, { draft: true })
    } catch (error) {
      storageProblem.value = { kind: 'unreadable', detail: errorDetail(error) }
    }
  }
  void restoreDraft()

  function open(next: Tour, options: { draft?: boolean; warnings?: string[] } = {}) {
    tour.value = next
    isDraft.value = options.draft ?? false
    index.value = 0
    errors.value = []
    warnings.value = options.warnings ?? []
  }
  function fail(problems: readonly (TourProblem | string)[]) {
    errors.value = [...problems]
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
    draftSaveState,
    storageProblem,
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
