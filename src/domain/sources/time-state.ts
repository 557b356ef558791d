/**
 * What the clock shows of a pollution source (issue 16 §3, "one clock"): a station's class over the period
 * (from the period's mean concentrations) and the number of alarms live in the period; a dust point's PM10
 * band is in ./dust-band.ts (the family module draws it). Alarms are flows: counted over the whole period,
 * as the sections' water quality; nothing here is read at the period's end.
 */
import { overlaps, monthSpan, type AlarmEvent } from './alarms.ts'
import { stationClassOfPeriod, type StationReading } from './station-class.ts'
import { monthRange } from '@/domain/time/index.ts'
import type { SourcePeriod } from './dust-band.ts'

export { dustBandAt, dustMeanAt, PM10_BAND_LIMITS, type DustBand, type SourcePeriod } from './dust-band.ts'

/** The station's GB 3838 class over the period (0 = no reading in the period). */
export function stationClassAt(readings: readonly StationReading[], period: SourcePeriod): number {
  return stationClassOfPeriod(readings, monthRange(period.first, period.last))?.waterClass ?? 0
}

/** Alarms of one source live in the period. */
export function alarmCountAt(alarms: readonly AlarmEvent[], period: SourcePeriod): number {
  const { from, until } = monthSpan(period.first, period.last)
  let count = 0
  for (const alarm of alarms) if (overlaps(alarm, from, until)) count++
  return count
}
