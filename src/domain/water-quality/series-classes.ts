/** The class matrix of a columnar series (issue 15 §3), read without a record per cell. */
import { evaluatedIndicators, INDICATOR_INFO } from './indicators.ts'
import type { ClassMatrix } from './class-matrix.ts'
import { classifyValue } from './classify.ts'
import { CELL_KIND, type SeriesColumns } from './series-columns.ts'

/**
 * The month × section class matrix of the listed sections, read straight from the columns: the same
 * class as classifyMeasurements on the cell's record (single-factor method, GB 3838-2002 for rivers:
 * the worst evaluated item; below detection meets Ⅰ for an upper-limit item; negative values, missing
 * and invalid cells are not measured), without building a record per cell.
 */
export function classMatrixOfColumns(columns: SeriesColumns, sectionIds: readonly string[]): ClassMatrix {
  const monthCount = columns.months.length
  const classes = new Uint8Array(sectionIds.length * monthCount)
  const evaluated = evaluatedIndicators('river')
    .filter((code) => columns.kinds.has(code))
    .map((code) => ({ code, kinds: columns.kinds.get(code)!, numbers: columns.numbers.get(code)!.values, scale: columns.numbers.get(code)!.scale, upperLimit: INDICATOR_INFO[code].direction === 'max' }))
  for (let section = 0; section < sectionIds.length; section++) {
    // A section listed twice reads the row of its first listing.
    const row = columns.indexOfSection.get(sectionIds[section]!)
    if (row === undefined) continue
    for (let month = 0; month < monthCount; month++) {
      const cell = row * monthCount + month
      if (columns.present[cell] !== 1) continue
      let worst = 0
      for (const item of evaluated) {
        const kind = item.kinds[cell]
        let value: number
        if (kind === CELL_KIND.value) value = item.numbers[cell]! / item.scale
        else if (kind === CELL_KIND.belowDetection && item.upperLimit) value = 0
        else continue
        if (!Number.isFinite(value) || value < 0) continue
        const itemClass = classifyValue(item.code, value, 'river')
        if (itemClass > worst) worst = itemClass
      }
      classes[section * monthCount + month] = worst
    }
  }
  return { sectionIds, months: columns.months, classes }
}
