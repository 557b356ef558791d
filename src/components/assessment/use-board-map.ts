/**
 * Every board figure links to the map: its sections are highlighted and framed through the analysis
 * overlay (the same highlight the near/within results use); one section also opens its card.
 */
import type { SeriesTable } from '@/domain/assessment/index.ts'
import { useAnalysisStore } from '@/stores/analysis.ts'
import { useSelectionStore } from '@/stores/selection.ts'

export function useBoardMap(table: () => SeriesTable | null) {
  const analysis = useAnalysisStore()
  const selection = useSelectionStore()
  function showSections(indexes: readonly number[]) {
    const current = table()
    if (!current || indexes.length === 0) return
    const references = indexes.map((index) => ({ layerId: 'sections', featureId: current.sections[index]!.id }))
    analysis.highlightAndFrame(references)
    if (references.length === 1) selection.select(references[0]!)
  }
  return { showSections }
}
