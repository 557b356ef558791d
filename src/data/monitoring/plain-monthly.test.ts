import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSeriesBuilder, INDICATORS, recordsOfColumns, type SeriesColumns } from '@/domain/water-quality/index.ts'
import { recogniseHeader } from './headers.ts'
import { parseMonthlyCsv } from './monthly-csv.ts'
import { readPlainMonthlyCsv } from './plain-monthly.ts'

const shipped = readFileSync('geodata/water/monthly.csv', 'utf8')

function both(text: string): { plain: SeriesColumns | null | false; general: SeriesColumns | null; problems: number } {
  const plainBuilder = createSeriesBuilder()
  const plain = readPlainMonthlyCsv(text, plainBuilder) ? plainBuilder.finish() : false
  const generalBuilder = createSeriesBuilder()
  const { problems } = parseMonthlyCsv(text, (record) => generalBuilder.add(record))
  return { plain, general: generalBuilder.finish(), problems: problems.length }
}

describe('plain monthly table reader', () => {
  it('reads the shipped table to exactly the records of the general reader', () => {
    const { plain, general, problems } = both(shipped)
    expect(problems).toBe(0)
    expect(plain).not.toBe(false)
    expect(recordsOfColumns(plain as SeriesColumns)).toEqual(recordsOfColumns(general!))
    expect(recordsOfColumns(general!).length).toBeGreaterThan(1000)
  })

  it('keeps 停测, below-detection and blank cells as the general reader does', () => {
    const text = 'section_id,month,pH,TP,NH3N\r\nA,2020-01,7.1,<0.01,停测\r\nA,2020-02,,0.2,ND(0.025)\r\nB,2020-01,-,0.3,\r\n'
    const { plain, general, problems } = both(text)
    expect(problems).toBe(0)
    expect(recordsOfColumns(plain as SeriesColumns)).toEqual(recordsOfColumns(general!))
  })

  it('takes only header words that the general reader reads the same way', () => {
    expect(recogniseHeader('section_id').kind).toBe('section-id')
    expect(recogniseHeader('month').kind).toBe('date')
    for (const code of INDICATORS) expect(recogniseHeader(code)).toEqual({ kind: 'indicator', indicator: code })
  })

  it.each([
    ['a repeated row', 'section_id,month,TP\nA,2020-01,0.1\nA,2020-01,0.2\n'],
    ['a section coming back', 'section_id,month,TP\nA,2020-01,0.1\nB,2020-01,0.2\nA,2020-02,0.2\n'],
    ['a negative value', 'section_id,month,TP\nA,2020-01,-0.1\n'],
    ['a value in µg/L', 'section_id,month,NH3N\nA,2020-01,250\n'],
    ['text that is no measurement', 'section_id,month,TP\nA,2020-01,abc\n'],
    ['a row without values', 'section_id,month,TP\nA,2020-01,\n'],
    ['a short row', 'section_id,month,TP,DO\nA,2020-01,0.1\n'],
    ['a bad month', 'section_id,month,TP\nA,2020-13,0.1\n'],
    ['a month the general reader refuses', 'section_id,month,TP\nA,1900-01,0.1\n'],
    ['a month written another way', 'section_id,month,TP\nA,2020/01,0.1\n'],
    ['another header word', '断面编号,month,TP\nA,2020-01,0.1\n'],
    ['quotes', 'section_id,month,TP\n"A",2020-01,0.1\n'],
    ['an unknown column', 'section_id,month,TP,remark\nA,2020-01,0.1,x\n'],
  ])('leaves %s to the general reader', (_, text) => {
    expect(both(text).plain).toBe(false)
  })
})
