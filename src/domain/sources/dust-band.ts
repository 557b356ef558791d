/**
 * A dust point's PM10 band over the clock's period: the mean of its monthly PM10 values in the period,
 * closed sites apart. PM10 is a flow, averaged over the whole period as the sections' water quality.
 * Imported by the family's module (loaded with the first map), so it imports nothing but the month rules.
 */
import { monthsBetween } from '@/domain/time/index.ts'

/** The clock's period: its first and last month (both included). */
export interface SourcePeriod {
  first: string
  last: string
}

export type DustBand = 'low' | 'mid' | 'high' | 'closed'

/** Upper bounds (µg/m³, exclusive) of the PM10 bands drawn on the map (sample bands, not a standard). */
export const PM10_BAND_LIMITS = { low: 50, mid: 80 } as const

/** Mean of a dust point's monthly PM10 values within the period; null when the site was closed throughout. */
export function dustMeanAt(pm10: readonly (number | null)[], pm10From: string, period: SourcePeriod): number | null {
  // pm10[0] is pm10From's month: the period is an index range into it (kept short: loaded with the first map).
  let sum = 0
  let count = 0
  const last = Math.min(pm10.length - 1, monthsBetween(pm10From, period.last))
  for (let index = Math.max(0, monthsBetween(pm10From, period.first)); index <= last; index++) {
    const value = pm10[index]
    if (typeof value === 'number' && Number.isFinite(value)) {
      sum += value
      count++
    }
  }
  return count === 0 ? null : sum / count
}

export function dustBandAt(pm10: readonly (number | null)[], pm10From: string, period: SourcePeriod): DustBand {
  const mean = dustMeanAt(pm10, pm10From, period)
  return mean === null ? 'closed' : mean < PM10_BAND_LIMITS.low ? 'low' : mean < PM10_BAND_LIMITS.mid ? 'mid' : 'high'
}
