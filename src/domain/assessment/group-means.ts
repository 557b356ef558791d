/**
 * Mean concentration of each item over a group and a period: the arithmetic mean of every section-month
 * sample (below detection = half the limit), as the bureau's report states its river means ("河道的总磷、
 * 氨氮平均浓度分别为 0.20 和 0.82 毫克/升"; geodata/water/README.md). Items with no sample are absent,
 * never zero; below-detection samples are counted so the board can say how many there were.
 */
import { meanOfTerms, type Indicator } from '../water-quality/index.ts'
import type { SectionPeriod } from './section-period.ts'
import type { SeriesTable } from './series-table.ts'

export interface GroupMean {
  indicator: Indicator
  mean: number
  samples: number
  belowDetection: number
  /** Sections that contributed at least one sample. */
  sections: number
}

/** Pooled means from the sections' period sums (one pass over the section-months was done already). */
export function groupMeans(table: SeriesTable, periods: readonly SectionPeriod[]): GroupMean[] {
  const result: GroupMean[] = []
  for (const code of table.indicators) {
    let sum = 0
    let samples = 0
    let belowDetection = 0
    let sections = 0
    for (const period of periods) {
      const count = period.counts[code]
      if (count === undefined) continue
      sum += period.sums[code]!
      samples += count
      belowDetection += period.belowDetection[code] ?? 0
      sections++
    }
    if (samples > 0) result.push({ indicator: code, mean: meanOfTerms(code, sum, samples), samples, belowDetection, sections })
  }
  return result
}
