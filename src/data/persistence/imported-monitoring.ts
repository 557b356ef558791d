/**
 * The monitoring records the planner imported (all imports merged), kept OUT of Vue reactivity like the
 * series itself. They are what gets saved and what is merged again over the shipped series at start.
 */
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { mergeRecords } from '@/data/monitoring/merge-records.ts'

let records: MonitoringRecord[] = []
let fileNames: string[] = []

export function importedMonitoring(): { records: readonly MonitoringRecord[]; fileNames: readonly string[] } {
  return { records, fileNames }
}

/** Adds one import's records (a section-month imported twice keeps the later values). */
export function addImportedMonitoring(next: readonly MonitoringRecord[], fileName: string): void {
  records = mergeRecords(records, next).records
  if (!fileNames.includes(fileName)) fileNames = [...fileNames, fileName]
}

export function resetImportedMonitoring(next: readonly MonitoringRecord[], names: readonly string[]): void {
  records = [...next]
  fileNames = [...names]
}
