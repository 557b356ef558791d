import { describe, expect, it } from 'vitest'
import { csvRows, detectDelimiter } from './csv-rows.ts'

describe('csvRows (RFC 4180)', () => {
  it('reads plain rows with LF or CRLF, keeping empty lines so row numbers match the file', () => {
    expect(csvRows('a,b\r\n1,2\r\n\r\n3,4\r\n')).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']])
    expect(csvRows('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']])
  })

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(csvRows('名称,备注\n"金汇港, 钱桥","他说""好""\n第二行"\n')).toEqual([
      ['名称', '备注'],
      ['金汇港, 钱桥', '他说"好"\n第二行'],
    ])
  })

  it('keeps empty cells and drops only trailing empty rows', () => {
    expect(csvRows('a,b,c\n1,,3\n,,\n\n')).toEqual([['a', 'b', 'c'], ['1', '', '3']])
  })

  it('takes the first line\'s most frequent delimiter, comma on a tie', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';')
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t')
    expect(detectDelimiter('"x;y",b\n')).toBe(',')
    expect(detectDelimiter('abc\n')).toBe(',')
    expect(csvRows('断面;月份\nFX01;2019-01')).toEqual([['断面', '月份'], ['FX01', '2019-01']])
  })

  it('is linear on hostile text', () => {
    const started = performance.now()
    csvRows(`${'"'.repeat(200_001)}${',\n'.repeat(200_000)}`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
