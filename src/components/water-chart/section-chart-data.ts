/**
 * Reads one section's monthly cells for one indicator out of the loaded monitoring series (never copied
 * into Vue state), and which indicators the section has any sample of (for the picker).
 */
import { recordOf, sectionRecords, waterSeries } from '@/data/water-series.ts'
import { INDICATORS, isSampled, type Indicator } from '@/domain/water-quality/index.ts'
import type { ChartMonth } from './chart-geometry.ts'

/** Every month of the series with this section's cell for the indicator (undefined = not monitored). */
export function sectionIndicatorMonths(sectionId: string, indicator: Indicator): ChartMonth[] {
  const months = waterSeries()?.matrix.months ?? []
  return months.map((month) => {
    // A 停测 row says so in its cells ('missing', 'stopped'); an item absent that month was not monitored.
    return { month, measurement: recordOf(sectionId, month)?.values[indicator] }
  })
}

/** The indicators with at least one sample (a value or below detection) for the section, in GB 3838 order. */
export function sampledIndicators(sectionId: string): Indicator[] {
  const found = new Set<Indicator>()
  for (const record of sectionRecords(sectionId)) {
    for (const code of INDICATORS) if (!found.has(code) && isSampled(record.values[code])) found.add(code)
  }
  return INDICATORS.filter((code) => found.has(code))
}
