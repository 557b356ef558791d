import { describe, expect, it } from 'vitest'
import { parseMonthlyCsv } from './monthly-csv.ts'

describe('parseMonthlyCsv', () => {
  it('reads codes, values, below-detection cells and 停测 rows', () => {
    const text = 'section_id,month,pH,NH3N,TP,Cd\nFX01,2019-01,7.5,0.82,0.201,<0.0005\nFX02,2019-01,停测,停测,停测,\n'
    const { records, problems } = parseMonthlyCsv(text)
    expect(problems).toEqual([])
    expect(records).toEqual([
      {
        sectionId: 'FX01',
        month: '2019-01',
        values: {
          pH: { kind: 'value', value: 7.5 },
          NH3N: { kind: 'value', value: 0.82 },
          TP: { kind: 'value', value: 0.201 },
          Cd: { kind: 'below-detection', detectionLimit: 0.0005 },
        },
      },
      {
        sectionId: 'FX02',
        month: '2019-01',
        values: { pH: { kind: 'missing', reason: 'stopped' }, NH3N: { kind: 'missing', reason: 'stopped' }, TP: { kind: 'missing', reason: 'stopped' } },
      },
    ])
  })
  it('reports bad rows by line number and keeps the rest', () => {
    const text = 'section_id,month,TP,extra\nFX01,2019-01,0.2,x\nFX01,2019-01,0.3,x\nFX02,19-01,0.2,x\nFX03,2019-02,abc,x\n'
    const { records, problems } = parseMonthlyCsv(text)
    expect(records.map((record) => record.sectionId)).toEqual(['FX01'])
    expect(problems.map(({ row, code }) => [row, code])).toEqual([
      [1, 'unknown-column'],
      [3, 'duplicate-row'],
      [4, 'bad-date'],
      [5, 'no-values'],
      [5, 'invalid-value'],
    ])
  })
})
