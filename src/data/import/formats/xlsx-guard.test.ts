// The sheet scan that bounds an .xlsx before read-excel-file expands it (issue #14 §1).
import { describe, expect, it } from 'vitest'
import { cellPosition, sharedStringLengths, sheetSpan } from './xlsx-guard.ts'

const encode = (text: string) => new TextEncoder().encode(text)

describe('xlsx sheet scan', () => {
  it('reads column letters in base 26 and the row number', () => {
    expect(cellPosition('A1')).toEqual({ column: 1, row: 1 })
    expect(cellPosition('XFD1048576')).toEqual({ column: 16_384, row: 1_048_576 })
    expect(cellPosition('ZZZZZZ2').column).toBe(321_272_406)
  })

  it('spans only the cells that hold a value, with or without references', () => {
    const sheet = encode('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row><row r="3"><c><v>1</v></c><c/><c><v>4</v></c></row><row r="9"><c r="Z9" s="1"/></row></sheetData>')
    expect(sheetSpan(sheet, [10])).toEqual({ rows: 3, columns: 3, sharedTextBytes: 10 })
  })

  it('charges each shared-string reference with its string length', () => {
    const lengths = sharedStringLengths(encode('<sst><si><t>abc</t></si><si><r><t>x</t></r></si></sst>'))
    expect(lengths).toEqual([14, 19])
    const sheet = encode(`<sheetData><row r="1">${'<c t="s"><v>1</v></c>'.repeat(1000)}</row></sheetData>`)
    expect(sheetSpan(sheet, lengths).sharedTextBytes).toBe(19_000)
  })
})
