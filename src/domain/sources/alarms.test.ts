import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { alarmCountsBySource, alarmsInPeriod, exceedanceRatio, latestAlarms, monthSpan, type AlarmEvent } from './alarms.ts'

const alarm = (id: string, source: string, start: string, end: string): AlarmEvent => ({ id, source, indicator: 'COD', start, end, value: 150, limit: 100, unit: 'mg/L' })
const ALARMS = deepFreeze([
  alarm('A1', 'E001', '2019-02-10T08:00', '2019-02-10T12:00'),
  alarm('A2', 'E001', '2019-02-28T22:00', '2019-03-01T03:00'), // over the month's end
  alarm('A3', 'E002', '2019-03-15T01:00', '2019-03-15T02:00'),
  alarm('A4', 'E001', '2019-12-31T23:00', '2020-01-01T01:00'), // over the year's end
  alarm('A5', 'D001', '2019-03-31T23:00', '2019-04-01T00:00'), // ends exactly when April starts
])

describe('alarms on the clock', () => {
  it('counts per source the alarms live in the period; one over a month end counts in both months', () => {
    expect(Object.fromEntries(alarmCountsBySource(ALARMS, '2019-02', '2019-02'))).toEqual({ E001: 2 })
    expect(Object.fromEntries(alarmCountsBySource(ALARMS, '2019-03', '2019-03'))).toEqual({ E001: 1, E002: 1, D001: 1 })
    expect(Object.fromEntries(alarmCountsBySource(ALARMS, '2019-04', '2019-04'))).toEqual({})
    expect(Object.fromEntries(alarmCountsBySource(ALARMS, '2020-01', '2020-03'))).toEqual({ E001: 1 })
  })

  it('a quarter or a year counts each alarm once', () => {
    expect(Object.fromEntries(alarmCountsBySource(ALARMS, '2019-01', '2019-12'))).toEqual({ E001: 3, E002: 1, D001: 1 })
  })

  it('lists the alarms of a period latest first', () => {
    expect(alarmsInPeriod(ALARMS, '2019-01', '2019-03').map((entry) => entry.id)).toEqual(['A5', 'A3', 'A2', 'A1'])
  })

  it('spans December into the next January', () => {
    expect(monthSpan('2019-12', '2019-12')).toEqual({ from: '2019-12-01T00:00', until: '2020-01-01T00:00' })
  })

  it("keeps a source's latest alarms for its card", () => {
    expect(latestAlarms(ALARMS, 'E001', 2).map((entry) => entry.id)).toEqual(['A4', 'A2'])
  })

  it('gives the exceedance ratio; a DO alarm is below its limit', () => {
    expect(exceedanceRatio({ indicator: 'COD', value: 150, limit: 100 })).toBe(1.5)
    expect(exceedanceRatio({ indicator: 'DO', value: 1, limit: 2 })).toBe(2)
  })
})
