/**
 * Sample alarm events (the 智慧环保 platform's SMS alarms): an enterprise's online monitor above its
 * permit limit, a dust point above its PM10 limit, a water station's daily mean beyond GB 3838 class Ⅴ.
 * Enterprise and dust alarms are drawn at random (each source has its own rate, a few repeat offenders);
 * station alarms are read from the generated daily means, so the card's chart and the alarms agree.
 */
import type { Random } from '../random.ts'
import type { Reading } from './station-series.ts'

import type { AlarmEvent as Alarm } from '@/domain/sources/alarms.ts'

export type { Alarm }

type Draft = Omit<Alarm, 'id'>

/** Sample limits, NOT taken from a standard or a real permit (see geodata/README.md). */
export const WASTEWATER_LIMITS = [
  { indicator: 'COD', limit: 100, unit: 'mg/L' },
  { indicator: 'NH3N', limit: 8, unit: 'mg/L' },
  { indicator: 'TP', limit: 1, unit: 'mg/L' },
] as const
export const GAS_LIMITS = [
  { indicator: 'SO2', limit: 200, unit: 'mg/m³' },
  { indicator: 'NOx', limit: 200, unit: 'mg/m³' },
  { indicator: 'PM', limit: 20, unit: 'mg/m³' },
  { indicator: 'NMHC', limit: 70, unit: 'mg/m³' },
] as const
export const DUST_LIMIT = { indicator: 'PM10', limit: 150, unit: 'µg/m³' } as const
/** GB 3838-2002 Table 1 class Ⅴ limits (DO a lower limit) for the station alarms. */
export const STATION_LIMITS = [
  { indicator: 'NH3N', limit: 2, unit: 'mg/L', direction: 'max' },
  { indicator: 'TP', limit: 0.4, unit: 'mg/L', direction: 'max' },
  { indicator: 'CODMn', limit: 15, unit: 'mg/L', direction: 'max' },
  { indicator: 'DO', limit: 2, unit: 'mg/L', direction: 'min' },
] as const

const YEAR_RATE: Record<number, number> = { 2018: 1.25, 2019: 1, 2020: 0.7 }

function stamp(time: number): string {
  return new Date(time).toISOString().slice(0, 16)
}

/**
 * Random alarms of one source between `from` and `to` (epoch ms, UTC used as local time): `perYear` on
 * average (scaled down year by year), each 1–10 hours long, 1.1–2.6 × its limit.
 */
export function randomAlarms(
  random: Random,
  source: string,
  limits: readonly { indicator: string; limit: number; unit: string }[],
  perYear: number,
  from: number,
  to: number,
): Draft[] {
  const alarms: Draft[] = []
  const days = (to - from) / 86_400_000
  for (let day = 0; day < days; day++) {
    const time = from + day * 86_400_000
    const rate = (perYear * (YEAR_RATE[new Date(time).getUTCFullYear()] ?? 1)) / 365
    if (random.next() >= rate) continue
    const { indicator, limit, unit } = random.pick(limits)
    const start = time + random.integer(0, 23) * 3_600_000
    const end = Math.min(to, start + random.integer(1, 10) * 3_600_000)
    const value = Number((limit * random.between(1.1, 2.6)).toPrecision(3))
    alarms.push({ source, indicator, start: stamp(start), end: stamp(end), value, limit, unit })
  }
  return alarms
}

/** One alarm per run of consecutive days whose daily mean is beyond the class Ⅴ limit; value = worst day. */
export function stationAlarms(source: string, days: readonly Date[], readings: readonly Reading[]): Draft[] {
  const alarms: Draft[] = []
  for (const rule of STATION_LIMITS) {
    let run: { start: number; worst: number } | null = null
    const close = (endIndex: number) => {
      if (!run) return
      const end = days[endIndex - 1]!.getTime() + 86_400_000
      alarms.push({ source, indicator: rule.indicator, start: stamp(days[run.start]!.getTime()), end: stamp(end), value: run.worst, limit: rule.limit, unit: rule.unit })
      run = null
    }
    readings.forEach((reading, index) => {
      const value = reading[rule.indicator]
      const beyond = value !== null && (rule.direction === 'max' ? value > rule.limit : value < rule.limit)
      if (!beyond) return close(index)
      const worse = (a: number, b: number) => (rule.direction === 'max' ? Math.max(a, b) : Math.min(a, b))
      run = run ? { start: run.start, worst: worse(run.worst, value) } : { start: index, worst: value }
    })
    close(readings.length)
  }
  return alarms
}

/** Sorted by start then source, numbered AL00001…; the CSV the app reads. */
export function alarmsCsv(drafts: readonly Draft[]): string {
  const sorted = [...drafts].sort((a, b) => a.start.localeCompare(b.start) || a.source.localeCompare(b.source) || a.indicator.localeCompare(b.indicator))
  const rows = sorted.map((alarm, index) =>
    [`AL${String(index + 1).padStart(5, '0')}`, alarm.source, alarm.indicator, alarm.start, alarm.end, alarm.value, alarm.limit, alarm.unit].join(','),
  )
  return ['id,source,indicator,start,end,value,limit,unit', ...rows].join('\n') + '\n'
}
