/**
 * The board for the chosen period and group, computed from the monitoring series. The series table is
 * rebuilt only when the series changes (water.version); the board is memoised on (period, group, series
 * version), and it does not read the clock — a clock step recomputes nothing (issue 13 §4).
 */
import { computed, markRaw } from 'vue'
import type { AssessmentGroup, SeriesTable } from '@/domain/assessment/index.ts'
import { useAssessmentStore } from '@/stores/assessment.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { useWaterStore } from '@/stores/water.ts'
import { boardMemo, seriesTable } from '@/composables/assessment/board-table.ts'

export function useAssessmentBoard() {
  const store = useAssessmentStore()
  const water = useWaterStore()
  const layersStore = useLayersStore()
  const view = useSectionViewStore()

  const table = computed<SeriesTable | null>(() => {
    if (water.status !== 'ready' || layersStore.layers.sections?.status !== 'ready') return null
    return seriesTable(water.version)
  })

  /** The filter group's ids, read only when that group is chosen (the filter follows the clock). */
  const group = computed<AssessmentGroup>(() => {
    const chosen = store.group
    if (chosen.kind !== 'ids') return chosen
    return { kind: 'ids', ids: view.sections.filter((_section, index) => view.visible[index]).map((section) => section.id) }
  })

  const board = computed(() => (table.value ? markRaw(boardMemo.board(table.value, store.period, group.value)) : null))

  return { table, board, group }
}
