/**
 * The series table of the loaded monitoring data, built once per series version and shared by the board
 * and the tour figures (kept out of Vue reactivity: it is a set of typed arrays).
 */
import { markRaw } from 'vue'
import { assessmentSections } from '@/data/assessment-sections.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { waterSeries } from '@/data/water-series.ts'
import { buildSeriesTableFromColumns, createBoardMemo, type SeriesTable } from '@/domain/assessment/index.ts'

let cached: { version: number; table: SeriesTable } | null = null

/** Shared memo of boards (period, group, series version). */
export const boardMemo = createBoardMemo()

export function seriesTable(version: number): SeriesTable | null {
  if (cached?.version === version) return cached.table
  const series = waterSeries()
  const sections = layerFeatures('sections')
  if (!series || sections.length === 0) return null
  // Read from the columns: no record per cell (1.2 M at 10,000 sections × 120 months).
  const table = markRaw(buildSeriesTableFromColumns(assessmentSections(sections), series.columns))
  cached = { version, table }
  return table
}
