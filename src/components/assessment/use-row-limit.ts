/**
 * How many rows a board table draws: a group of hundreds of sections (a city's register, or the 10,000-section
 * sample) made the matrix 21,500 elements and the board's first frame a 1.3 s task, most of it layout and
 * paint (issue 15 §2). Up to BOARD_ROW_LIMIT rows are drawn, the sections of concern first; the planner can
 * ask for all of them. A group within the limit is drawn whole, in the board's own order.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue'

export const BOARD_ROW_LIMIT = 100

export interface RowLimit<T> {
  shown: ComputedRef<readonly T[]>
  total: ComputedRef<number>
  /** Rows not drawn (0 when all are). */
  hidden: ComputedRef<number>
  showAll: Ref<boolean>
}

/** `concernFirst` orders a limited list (a stable sort: ties keep the board's order). */
export function useRowLimit<T>(items: () => readonly T[], concernFirst: (a: T, b: T) => number): RowLimit<T> {
  const showAll = ref(false)
  const ordered = computed(() => {
    const list = items()
    return list.length <= BOARD_ROW_LIMIT ? list : [...list].sort(concernFirst)
  })
  const shown = computed(() => (showAll.value ? ordered.value : ordered.value.slice(0, BOARD_ROW_LIMIT)))
  return { shown, total: computed(() => ordered.value.length), hidden: computed(() => ordered.value.length - shown.value.length), showAll }
}
