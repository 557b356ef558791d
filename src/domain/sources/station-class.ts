/**
 * The GB 3838-2002 class of an automatic station over a period: the class of the period's mean
 * concentrations (环办〔2011〕22号: a period is evaluated on its mean values, as the sections' quarters
 * and years), single-factor method, by the same engine as the sections. pH is averaged through its
 * hydrogen-ion concentration (averaging.ts); TN is measured but only a reference item for rivers,
 * so it never decides the class; conductivity, turbidity and temperature have no GB 3838 class.
 */
import {
  averagingTerm,
  classifySample,
  meanOfTerms,
  type Classification,
  type Indicator,
} from '@/domain/water-quality/index.ts'

/** The items an automatic station measures, in the order of its table. */
export const STATION_ITEMS = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN', 'EC', 'TURB', 'WT'] as const
export type StationItem = (typeof STATION_ITEMS)[number]

/** The station items that GB 3838-2002 Table 1 classes (TN only as a reference for rivers). */
export const CLASSED_STATION_ITEMS: readonly (StationItem & Indicator)[] = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN']

/** One station's reading at one time (a day "YYYY-MM-DD" or an hour "YYYY-MM-DDTHH"); null = no value. */
export interface StationReading {
  station: string
  time: string
  values: Record<StationItem, number | null>
}

/** Mean of every item over the readings whose time starts with one of `months` ("YYYY-MM"). */
export function periodMeans(readings: readonly StationReading[], months: readonly string[]): Partial<Record<StationItem, number>> {
  const wanted = new Set(months)
  const sums = new Map<StationItem, { sum: number; count: number }>()
  for (const reading of readings) {
    if (!wanted.has(reading.time.slice(0, 7))) continue
    for (const item of STATION_ITEMS) {
      const value = reading.values[item]
      if (value === null || !Number.isFinite(value)) continue
      const entry = sums.get(item) ?? { sum: 0, count: 0 }
      entry.sum += item === 'pH' ? averagingTerm('pH', value) : value
      entry.count++
      sums.set(item, entry)
    }
  }
  const means: Partial<Record<StationItem, number>> = {}
  for (const [item, { sum, count }] of sums) means[item] = item === 'pH' ? meanOfTerms('pH', sum, count) : sum / count
  return means
}

/** The station's class over `months` from the period's mean concentrations; null when no day was measured. */
export function stationClassOfPeriod(readings: readonly StationReading[], months: readonly string[]): Classification | null {
  const means = periodMeans(readings, months)
  const classed: Partial<Record<Indicator, number>> = {}
  for (const item of CLASSED_STATION_ITEMS) if (means[item] !== undefined) classed[item] = means[item]
  const classification = classifySample(classed)
  return classification.waterClass === null ? null : classification
}

/** The readings of one station, in time order (the file is sorted; kept as given). */
export function readingsOf(readings: readonly StationReading[], station: string): StationReading[] {
  return readings.filter((reading) => reading.station === station)
}
