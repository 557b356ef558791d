// Merging imported monitoring records over loaded ones. Its own module (no parser imports) so that
// restoring saved records does not load the table readers with the app (issue 15 §1).
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'

/**
 * Adds imported records to those already loaded without losing any: a section-month present in both
 * takes the imported values (the newer table), every other loaded record stays.
 */
export function mergeRecords(
  loaded: readonly MonitoringRecord[],
  imported: readonly MonitoringRecord[],
): { records: MonitoringRecord[]; added: number; replaced: number } {
  const byKey = new Map(loaded.map((record) => [`${record.sectionId} ${record.month}`, record]))
  let replaced = 0
  for (const record of imported) {
    const key = `${record.sectionId} ${record.month}`
    if (byKey.has(key)) replaced++
    byKey.set(key, record)
  }
  return { records: [...byKey.values()], added: imported.length - replaced, replaced }
}
