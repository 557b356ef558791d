/**
 * Mean concentration of each item over a group and a period: the arithmetic mean of every section-month
 * sample (below detection = half the limit), as the bureau's report states its river means ("河道的总磷、
 * 氨氮平均浓度分别为 0.20 和 0.82 毫克/升"; geodata/water/README.md). Items with no sample are absent,
 * never zero; below-detection samples are counted so the board can say how many there were.
 */
import type { Indicator } from '../water-quality/index.ts'
import { CELL, type SeriesTable } from './series-table.ts'

export interface GroupMean {
  indicator: Indicator
  mean: number
  samples: number
  belowDetection: number
  /** Sections that contributed at least one sample. */
  sections: number
}

export function groupMeans(table: SeriesTable, sections: readonly number[], range: [number, number] | null): GroupMean[] {
  if (range === null) return []
  const monthCount = table.months.length
  const result: GroupMean[] = []
  for (const code of table.indicators) {
    const values = table.values.get(code)!
    const states = table.states.get(code)!
    let sum = 0
    let samples = 0
    let belowDetection = 0
    let contributing = 0
    for (const section of sections) {
      const base = section * monthCount
      let any = false
      for (let month = range[0]; month <= range[1]; month++) {
        const state = states[base + month]
        if (state !== CELL.value && state !== CELL.belowDetection) continue
        sum += values[base + month]!
        samples++
        any = true
        if (state === CELL.belowDetection) belowDetection++
      }
      if (any) contributing++
    }
    if (samples > 0) result.push({ indicator: code, mean: sum / samples, samples, belowDetection, sections: contributing })
  }
  return result
}
