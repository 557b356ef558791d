import { describe, expect, it } from 'vitest'
import { buildSeriesColumns, parseMeasurement, type Indicator, type MonitoringRecord } from '../water-quality/index.ts'
import { buildSeriesTableFromColumns, CELL, type AssessmentSection } from './series-table.ts'

const section = (id: string, waterbody: 'river' | 'lake' = 'river'): AssessmentSection => ({ id, name: id, river: null, town: null, level: null, targetClass: 3, waterbody })

function record(sectionId: string, month: string, cells: Partial<Record<Indicator, string>>): MonitoringRecord {
  const values: MonitoringRecord['values'] = {}
  for (const [code, text] of Object.entries(cells)) values[code as Indicator] = parseMeasurement(text as string)
  return { sectionId, month, values }
}

describe('the board table read from the series columns', () => {
  const records = [
    record('A', '2020-01', { TP: '0.25', NH3N: '<0.05', DO: '-1' }),
    record('A', '2020-02', { TP: '停测', NH3N: 'ND' }),
    record('B', '2020-03', { TP: '见附注', NH3N: '0.4' }),
    // A section not listed for the board: its rows are not read.
    record('X', '2020-01', { TP: '9' }),
  ]
  const table = buildSeriesTableFromColumns([section('A'), section('B'), section('C')], buildSeriesColumns(records))
  const cell = (sectionIndex: number, month: string) => sectionIndex * table.months.length + table.indexOfMonth.get(month)!

  it('spans the series’ months and items', () => {
    expect(table.months).toEqual(['2020-01', '2020-02', '2020-03'])
    expect([...table.indicators].sort()).toEqual(['DO', 'NH3N', 'TP'])
  })

  it('gives each cell the state and the value for means that the measurement has', () => {
    const a1 = cell(0, '2020-01')
    expect(table.states.get('TP')![a1]).toBe(CELL.value)
    expect(table.values.get('TP')![a1]).toBe(0.25)
    // Below detection counts half its limit; without a limit, 0.
    expect(table.states.get('NH3N')![a1]).toBe(CELL.belowDetection)
    expect(table.values.get('NH3N')![a1]).toBe(0.025)
    expect(table.values.get('NH3N')![cell(0, '2020-02')]).toBe(0)
    // A negative value is invalid and left out of means.
    expect(table.states.get('DO')![a1]).toBe(CELL.invalid)
    expect(table.values.get('DO')![a1]).toBeNaN()
    // Invalid text is no sample.
    expect(table.states.get('TP')![cell(1, '2020-03')]).toBe(CELL.none)
  })

  it('classes each month by the worst evaluated item and marks 停测 months without a sample', () => {
    // TP 0.25 is Ⅳ for a river (GB 3838-2002 Table 1: Ⅲ ≤ 0.2, Ⅳ ≤ 0.3).
    expect(table.monthlyClasses[cell(0, '2020-01')]).toBe(4)
    // 停测 TP and ND NH3N: ND meets Ⅰ, so the month is sampled, not stopped.
    expect(table.monthlyClasses[cell(0, '2020-02')]).toBe(1)
    expect(table.stopped[cell(0, '2020-02')]).toBe(0)
    // NH3N 0.4 is Ⅱ; the invalid TP is no sample.
    expect(table.monthlyClasses[cell(1, '2020-03')]).toBe(2)
    // A listed section without rows: no sample anywhere.
    expect([...table.monthlyClasses.slice(2 * 3, 3 * 3)]).toEqual([0, 0, 0])
  })

  it('marks a month 停测 when every item was stopped', () => {
    const stopped = buildSeriesTableFromColumns([section('S')], buildSeriesColumns([record('S', '2020-05', { TP: '停测', NH3N: '停测' })]))
    expect(stopped.monthlyClasses[0]).toBe(0)
    expect(stopped.stopped[0]).toBe(1)
    expect(stopped.states.get('TP')![0]).toBe(CELL.stopped)
  })
})
