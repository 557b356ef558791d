/**
 * What the clock shows of a pollution source (issue 16 §3, "one clock"): a station's class over the period
 * (from the period's mean concentrations), a dust point's PM10 band over the period (closed sites apart),
 * and the number of alarms live in the period. Alarms and PM10 are flows: summed or averaged over the whole
 * period, as the sections' water quality; nothing here is read at the period's end.
 */
import { addMonths, compareMonths, monthRange } from '@/domain/time/index.ts'
import { overlaps, monthSpan, type AlarmEvent } from './alarms.ts'
import { stationClassOfPeriod, type StationReading } from './station-class.ts'

/** The clock's period: its first and last month (both included). */
export interface SourcePeriod {
  first: string
  last: string
}

export type DustBand = 'low' | 'mid' | 'high' | 'closed'

/** Upper bounds (µg/m³, exclusive) of the PM10 bands drawn on the map (sample bands, not a standard). */
export const PM10_BAND_LIMITS = { low: 50, mid: 80 } as const

/** The station's GB 3838 class over the period (0 = no reading in the period). */
export function stationClassAt(readings: readonly StationReading[], period: SourcePeriod): number {
  return stationClassOfPeriod(readings, monthRange(period.first, period.last))?.waterClass ?? 0
}

/** Mean of a dust point's monthly PM10 values within the period; null when the site was closed throughout. */
export function dustMeanAt(pm10: readonly (number | null)[], pm10From: string, period: SourcePeriod): number | null {
  let sum = 0
  let count = 0
  for (let index = 0; index < pm10.length; index++) {
    const month = addMonths(pm10From, index)
    if (compareMonths(month, period.first) < 0 || compareMonths(month, period.last) > 0) continue
    const value = pm10[index]
    if (value === null || value === undefined || !Number.isFinite(value)) continue
    sum += value
    count++
  }
  return count === 0 ? null : sum / count
}

export function dustBandAt(pm10: readonly (number | null)[], pm10From: string, period: SourcePeriod): DustBand {
  const mean = dustMeanAt(pm10, pm10From, period)
  if (mean === null) return 'closed'
  return mean < PM10_BAND_LIMITS.low ? 'low' : mean < PM10_BAND_LIMITS.mid ? 'mid' : 'high'
}

/** Alarms of one source live in the period. */
export function alarmCountAt(alarms: readonly AlarmEvent[], period: SourcePeriod): number {
  const { from, until } = monthSpan(period.first, period.last)
  let count = 0
  for (const alarm of alarms) if (overlaps(alarm, from, until)) count++
  return count
}
