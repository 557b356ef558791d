import { describe, expect, it } from 'vitest'
import { alarmCountAt, dustBandAt, dustMeanAt, stationClassAt } from './time-state.ts'
import type { AlarmEvent } from './alarms.ts'
import type { StationReading } from './station-class.ts'

const reading = (time: string, NH3N: number): StationReading => ({ station: 'AS01', time, values: { pH: 7.5, DO: 7, CODMn: 3, NH3N, TP: 0.05, TN: 1, EC: 800, TURB: 30, WT: 12 } })

describe('what the clock shows of a source', () => {
  it("classes a station by the period's mean: a Ⅴ month in a Ⅱ quarter gives Ⅲ, not Ⅴ", () => {
    const readings = [reading('2019-01-15', 0.4), reading('2019-02-15', 0.4), reading('2019-03-15', 1.9)]
    expect(stationClassAt(readings, { first: '2019-03', last: '2019-03' })).toBe(5)
    expect(stationClassAt(readings, { first: '2019-01', last: '2019-03' })).toBe(3)
    expect(stationClassAt(readings, { first: '2019-04', last: '2019-06' })).toBe(0)
  })

  it("bands a dust point's PM10 by its mean over the open months of the period; closed throughout = closed", () => {
    const pm10 = [null, 40, 70, 100, null]
    expect(dustBandAt(pm10, '2018-11', { first: '2018-12', last: '2018-12' })).toBe('low')
    expect(dustMeanAt(pm10, '2018-11', { first: '2018-11', last: '2019-01' })).toBe(55)
    expect(dustBandAt(pm10, '2018-11', { first: '2019-01', last: '2019-03' })).toBe('high')
    expect(dustBandAt(pm10, '2018-11', { first: '2019-03', last: '2019-06' })).toBe('closed')
  })

  it('counts the alarms live in the period', () => {
    const alarm = (start: string, end: string): AlarmEvent => ({ id: start, source: 'E001', indicator: 'COD', start, end, value: 2, limit: 1, unit: 'mg/L' })
    const alarms = [alarm('2019-01-31T23:00', '2019-02-01T02:00'), alarm('2019-02-10T08:00', '2019-02-10T09:00')]
    expect(alarmCountAt(alarms, { first: '2019-01', last: '2019-01' })).toBe(1)
    expect(alarmCountAt(alarms, { first: '2019-02', last: '2019-02' })).toBe(2)
    expect(alarmCountAt(alarms, { first: '2019-01', last: '2019-03' })).toBe(2)
    expect(alarmCountAt(alarms, { first: '2019-04', last: '2019-04' })).toBe(0)
  })
})
