/**
 * Alarm events of the online-monitoring platform (智慧环保 短信报警): a source's reading beyond its limit
 * from `start` to `end`. An alarm belongs to every period it overlaps, so an alarm over midnight at a
 * month's end counts in both months (it was live in both).
 */
export interface AlarmEvent {
  id: string
  /** Id of the enterprise, dust point or station that raised it. */
  source: string
  indicator: string
  /** Local time "YYYY-MM-DDTHH:mm"; ISO text, so text order is time order. */
  start: string
  end: string
  value: number
  limit: number
  unit: string
}

/** The period from the first moment of `first` to the first moment after `last` (months "YYYY-MM"). */
export function monthSpan(first: string, last: string): { from: string; until: string } {
  const [year, month] = last.split('-').map(Number) as [number, number]
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
  return { from: `${first}-01T00:00`, until: `${next}-01T00:00` }
}

/** True when the alarm was live at some moment of [from, until). */
export function overlaps(alarm: AlarmEvent, from: string, until: string): boolean {
  return alarm.start < until && alarm.end > from
}

/** The alarms live in the months `first`…`last`, latest first (how a list of alarms is read). */
export function alarmsInPeriod(alarms: readonly AlarmEvent[], first: string, last: string): AlarmEvent[] {
  const { from, until } = monthSpan(first, last)
  return alarms.filter((alarm) => overlaps(alarm, from, until)).sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id))
}

/** Number of alarms per source live in the months `first`…`last`; sources without alarms are absent. */
export function alarmCountsBySource(alarms: readonly AlarmEvent[], first: string, last: string): Map<string, number> {
  const { from, until } = monthSpan(first, last)
  const counts = new Map<string, number>()
  for (const alarm of alarms) if (overlaps(alarm, from, until)) counts.set(alarm.source, (counts.get(alarm.source) ?? 0) + 1)
  return counts
}

/** A source's latest alarms (by start), at most `limit`, for its card's history. */
export function latestAlarms(alarms: readonly AlarmEvent[], source: string, limit: number): AlarmEvent[] {
  return alarms.filter((alarm) => alarm.source === source).sort((a, b) => b.start.localeCompare(a.start)).slice(0, limit)
}

/** How many times the limit the value is (a DO alarm is below its limit: limit / value). */
export function exceedanceRatio(alarm: Pick<AlarmEvent, 'indicator' | 'value' | 'limit'>): number {
  if (alarm.indicator === 'DO') return alarm.value > 0 ? alarm.limit / alarm.value : Infinity
  return alarm.value / alarm.limit
}
