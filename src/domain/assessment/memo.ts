/**
 * The board memoised on (period, group, series version): a clock step inside the same period asks for
 * the same key and gets the same object back — nothing is recomputed (issue 13 §4).
 */
import { computeBoard, type Board } from './board.ts'
import { groupKey, sectionsOfGroup, type AssessmentGroup, type AssessmentPeriod } from './selection.ts'
import type { SeriesTable } from './series-table.ts'

export interface BoardMemo {
  board(table: SeriesTable, period: AssessmentPeriod, group: AssessmentGroup): Board
  /** How many boards were computed (not served from the memo); for tests and the bench. */
  readonly computed: number
}

export function createBoardMemo(capacity = 8): BoardMemo {
  const cache = new Map<string, Board>()
  let computed = 0
  return {
    board(table, period, group) {
      const key = `${table.version}|${period.first}|${period.last}|${groupKey(group)}`
      const hit = cache.get(key)
      if (hit) {
        // Refresh its place so the most recent boards stay.
        cache.delete(key)
        cache.set(key, hit)
        return hit
      }
      const board = computeBoard(table, period, sectionsOfGroup(table, group))
      computed++
      cache.set(key, board)
      while (cache.size > capacity) cache.delete(cache.keys().next().value as string)
      return board
    },
    get computed() {
      return computed
    },
  }
}
