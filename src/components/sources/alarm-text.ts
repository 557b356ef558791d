/** An alarm event in words: when, how long, which item, its value against its limit. */
import type { AlarmEvent } from '@/domain/sources/alarms.ts'
import { exceedanceRatio } from '@/domain/sources/alarms.ts'
import { ALARM_INDICATORS, wordOf } from '@/domain/sources/vocabulary.ts'
import type { SourceMessageKey } from '@/i18n/source-messages.ts'

type Lookup = (key: SourceMessageKey, values?: Record<string, string | number>) => string

/** "2019-03-04 08:00". */
export function formatAlarmTime(time: string): string {
  return time.replace('T', ' ')
}

export function alarmDuration(alarm: AlarmEvent, st: Lookup): string {
  const hours = Math.round((Date.parse(`${alarm.end}:00Z`) - Date.parse(`${alarm.start}:00Z`)) / 3_600_000)
  return hours >= 48 ? st('sources.days', { days: Math.round(hours / 24) }) : st('sources.hours', { hours })
}

export function describeAlarm(alarm: AlarmEvent, st: Lookup, locale: 'zh' | 'en'): string {
  const values = {
    start: formatAlarmTime(alarm.start),
    duration: alarmDuration(alarm, st),
    indicator: wordOf(ALARM_INDICATORS, alarm.indicator, locale),
    value: alarm.value,
    unit: alarm.unit,
    limit: alarm.limit,
    ratio: exceedanceRatio(alarm).toFixed(1),
  }
  return st(alarm.indicator === 'DO' ? 'sources.alarmRowDo' : 'sources.alarmRow', values)
}
