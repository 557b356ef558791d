import { describe, expect, it } from 'vitest'
import { buildClassMatrixFromRecords, type MonitoringRecord } from './class-matrix.ts'
import { buildSeriesColumns, recordAt, recordsOfColumns } from './series-columns.ts'
import { classMatrixOfColumns } from './series-classes.ts'
import { monthRange } from './period.ts'

const records: MonitoringRecord[] = [
  { sectionId: 'A', month: '2020-01', values: { pH: { kind: 'value', value: 7.2 }, TP: { kind: 'value', value: 0.2 }, NH3N: { kind: 'below-detection', detectionLimit: 0.025 } } },
  { sectionId: 'A', month: '2020-03', values: { DO: { kind: 'missing', reason: 'stopped' }, COD: { kind: 'below-detection', detectionLimit: null } } },
  { sectionId: 'B', month: '2020-02', values: { TP: { kind: 'value', value: 0.41 }, Hg: { kind: 'invalid', text: '见附注' }, DO: { kind: 'value', value: -1 } } },
  { sectionId: 'X', month: '2020-02', values: { TP: { kind: 'value', value: 0.05 } } },
]

describe('series columns', () => {
  it('gives back every record as it was written, values unchanged to the last digit', () => {
    const columns = buildSeriesColumns(records, ['B', 'A'])!
    expect(columns.months).toEqual(['2020-01', '2020-02', '2020-03'])
    for (const record of records) expect(recordAt(columns, record.sectionId, record.month)).toEqual(record)
    // 0.2 read back is 0.2, not Float32's 0.200000003 (which is worse than class Ⅲ's TP limit of 0.2).
    expect(recordAt(columns, 'A', '2020-01')!.values.TP).toEqual({ kind: 'value', value: 0.2 })
    expect(recordAt(columns, 'A', '2020-02')).toBeUndefined()
    expect(recordAt(columns, 'C', '2020-01')).toBeUndefined()
    expect(recordsOfColumns(columns)).toHaveLength(records.length)
  })

  it('lists the sections asked for first, then the others the records name', () => {
    expect(buildSeriesColumns(records, ['B', 'A'])!.sectionIds).toEqual(['B', 'A', 'X'])
  })

  it('replaces a whole earlier record of the same section-month by a later one', () => {
    const columns = buildSeriesColumns([
      { sectionId: 'A', month: '2020-01', values: { TP: { kind: 'value', value: 0.5 }, DO: { kind: 'value', value: 3 } } },
      { sectionId: 'A', month: '2020-01', values: { TP: { kind: 'value', value: 0.1 } } },
    ])!
    expect(recordAt(columns, 'A', '2020-01')).toEqual({ sectionId: 'A', month: '2020-01', values: { TP: { kind: 'value', value: 0.1 } } })
  })

  it('classes every section-month as the record-based matrix does', () => {
    const ids = ['A', 'B', 'C']
    const columns = buildSeriesColumns(records, ids)!
    const expected = buildClassMatrixFromRecords(records, ids, monthRange('2020-01', '2020-03'))
    expect([...classMatrixOfColumns(columns, ids).classes]).toEqual([...expected.classes])
    expect([...expected.classes]).not.toEqual(new Array(9).fill(0))
  })

  it('keeps numbers compact only where that is exact, and every number as written', () => {
    const values = [0.231, 6.82, 13590, 0.1 + 0.2, 123456.789, 1 / 3, 0]
    const columns = buildSeriesColumns(values.map((value, index) => ({ sectionId: `S${index}`, month: '2020-01', values: { TP: { kind: 'value' as const, value }, DO: { kind: 'value' as const, value: index } } })))!
    values.forEach((value, index) => expect(recordAt(columns, `S${index}`, '2020-01')!.values.TP).toEqual({ kind: 'value', value }))
    // 1/3 has no exact short decimal form: TP stays Float64; DO's 0…6 fit two bytes a cell.
    expect(columns.numbers.get('TP')!.values).toBeInstanceOf(Float64Array)
    expect(columns.numbers.get('DO')!.values).toBeInstanceOf(Uint16Array)
    const typical = buildSeriesColumns([{ sectionId: 'A', month: '2020-01', values: { TP: { kind: 'value', value: 0.231 }, NH3N: { kind: 'below-detection', detectionLimit: 0.025 } } }])!
    expect(typical.numbers.get('TP')).toMatchObject({ scale: 1000 })
    expect(typical.numbers.get('TP')!.values).toBeInstanceOf(Uint16Array)
  })

  it('is empty without a dated record', () => {
    expect(buildSeriesColumns([], ['A'])).toBeNull()
  })
})
