/**
 * Merging a monitoring table into the series without a record object per row (issue 15 §2): the imported
 * table arrives as columns, and is laid over the loaded columns cell by cell. The rule is mergeRecords's:
 * a section-month present in the imported table takes the imported record whole (the newer table), every
 * other loaded record stays. A 1.2 M-row table merged as records cost the page a 13 s task.
 */
import { monthIndex } from '../time/month.ts'
import type { Indicator } from './indicators.ts'
import { CELL_KIND, createSeriesBuilder, numberAt, valuesAt, type SeriesBuilder, type SeriesColumns } from './series-columns.ts'

export interface MergedSeries {
  columns: SeriesColumns
  /** Section-months of the imported table that the loaded series did not have. */
  added: number
  /** Section-months of the imported table that replaced a loaded record. */
  replaced: number
}

/** Hands every record of `columns` to the builder, cell by cell; `each` sees the section id and month. */
function copyRecords(columns: SeriesColumns, builder: SeriesBuilder, each: (sectionId: string, month: string) => void = () => undefined): void {
  const codes: readonly Indicator[] = columns.indicators
  const kindColumns = codes.map((code) => columns.kinds.get(code)!)
  const kinds = new Uint8Array(codes.length)
  const numbers = new Float64Array(codes.length)
  const monthCount = columns.months.length
  for (let row = 0; row < columns.sectionIds.length; row++) {
    const sectionId = columns.sectionIds[row]!
    for (let month = 0; month < monthCount; month++) {
      const cell = row * monthCount + month
      if (columns.present[cell] !== 1) continue
      each(sectionId, columns.months[month]!)
      let invalid = false
      for (let item = 0; item < codes.length; item++) {
        const kind = kindColumns[item]![cell]!
        kinds[item] = kind
        numbers[item] = numberAt(columns, codes[item]!, cell)
        if (kind === CELL_KIND.invalid) invalid = true
      }
      // An invalid cell keeps the text the table had: the rare record that has one goes over as a record.
      if (invalid) builder.add({ sectionId, month: columns.months[month]!, values: valuesAt(columns, row, month)! })
      else builder.addCells(sectionId, columns.months[month]!, codes, kinds, numbers)
    }
  }
}

/** Whether `columns` has a record for the section-month. */
function hasRecord(columns: SeriesColumns, sectionId: string, month: string): boolean {
  const row = columns.indexOfSection.get(sectionId)
  const monthIndex = columns.indexOfMonth.get(month)
  return row !== undefined && monthIndex !== undefined && columns.present[row * columns.months.length + monthIndex] === 1
}

/**
 * `top` laid over `base` (either may be null): rows are `sectionIds` first, then every other section
 * either names; months run from the first to the last month of both.
 */
export function mergeSeriesColumns(base: SeriesColumns | null, top: SeriesColumns | null, sectionIds: readonly string[] = []): MergedSeries | null {
  const builder = createSeriesBuilder(sectionIds)
  let replaced = 0
  let added = 0
  if (base) copyRecords(base, builder)
  if (top) {
    copyRecords(top, builder, (sectionId, month) => {
      if (base && hasRecord(base, sectionId, month)) replaced++
      else added++
    })
  }
  const columns = builder.finish()
  return columns ? { columns, added, replaced } : null
}

/**
 * The size of the series a merge would make, before any of it is made: rows (the sections of either) ×
 * months (from the first to the last month of either). The series is dense, so a table of two rows, one in
 * 1980 and one in 2100, would give every section of the map 1,452 months.
 */
export function mergedSeriesSize(
  shown: { sectionIds: readonly string[]; months: readonly string[] } | null,
  table: { sectionIds: readonly string[]; months: readonly string[] },
): { cells: number; sections: number; months: number; first: string; last: string } {
  const sections = new Set([...(shown?.sectionIds ?? []), ...table.sectionIds]).size
  const ends = [table.months[0]!, table.months[table.months.length - 1]!]
  if (shown && shown.months.length > 0) ends.push(shown.months[0]!, shown.months[shown.months.length - 1]!)
  const first = ends.reduce((a, b) => (a < b ? a : b))
  const last = ends.reduce((a, b) => (a > b ? a : b))
  const months = monthIndex(last) - monthIndex(first) + 1
  return { cells: sections * months, sections, months, first, last }
}
