/**
 * The monitoring records the planner imported (all imports merged), kept OUT of Vue reactivity like the
 * series itself, as the series' columns in plain form (issue 15 §2: a 1.2 M-row import is a few typed
 * arrays, not 1.2 M objects to merge, copy and save). They are what gets saved and what is merged again
 * over the shipped series at start.
 */
import type { PackedSeries } from '@/domain/water-quality/index.ts'

let columns: PackedSeries | null = null
let fileNames: string[] = []

export function importedMonitoring(): { columns: PackedSeries | null; fileNames: readonly string[] } {
  return { columns, fileNames }
}

/** The imports after one more was merged in (by the merge worker), and the file it came from. */
export function addImportedMonitoring(merged: PackedSeries, fileName: string): void {
  columns = merged
  if (!fileNames.includes(fileName)) fileNames = [...fileNames, fileName]
}

export function resetImportedMonitoring(next: PackedSeries | null, names: readonly string[]): void {
  columns = next
  fileNames = [...names]
}
