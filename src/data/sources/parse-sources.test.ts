import { describe, expect, it } from 'vitest'
import { parseAlarms, parseStationReadings } from './parse-sources.ts'

describe('parseAlarms', () => {
  it('reads the alarm table and skips (by line number) a row that ends before it starts or has no number', () => {
    const text = [
      'id,source,indicator,start,end,value,limit,unit',
      'AL1,E001,COD,2019-02-10T08:00,2019-02-10T12:00,150,100,mg/L',
      'AL2,E001,COD,2019-02-10T08:00,2019-02-10T07:00,150,100,mg/L',
      'AL3,E001,COD,2019-02-10T08:00,2019-02-10T09:00,high,100,mg/L',
      '',
    ].join('\r\n')
    const parsed = parseAlarms(text)
    expect(parsed.rows).toEqual([{ id: 'AL1', source: 'E001', indicator: 'COD', start: '2019-02-10T08:00', end: '2019-02-10T12:00', value: 150, limit: 100, unit: 'mg/L' }])
    expect(parsed.skipped).toEqual([3, 4])
  })
})

describe('parseStationReadings', () => {
  it('reads daily and hourly rows; an empty cell is no value, a word is a broken row', () => {
    const text = ['station,date,pH,DO,CODMn,NH3N,TP,TN,EC,TURB,WT', 'AS01,2019-01-01,7.5,8.1,4.0,0.52,0.120,2.10,800,30.0,6.5', 'AS01,2019-01-02,,,,,,,,,', 'AS01,2019-01-03,7.5,x,4,0.5,0.1,2,800,30,6'].join('\n')
    const parsed = parseStationReadings(text)
    expect(parsed.rows).toHaveLength(2)
    expect(parsed.rows[0]!.values).toMatchObject({ pH: 7.5, DO: 8.1, TP: 0.12, WT: 6.5 })
    expect(parsed.rows[1]!.values.DO).toBeNull()
    expect(parsed.skipped).toEqual([4])
    expect(parseStationReadings('station,time,pH\nAS01,2020-12-01T05,7.2').rows[0]).toMatchObject({ time: '2020-12-01T05', values: { pH: 7.2, DO: null } })
  })
})
