// XLSX export (issue #8 §3): the workbook opens in a real reader with the same cells the CSV export
// writes, formula-like text neutralised with the shared apostrophe rule, and no formula anywhere.
import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { DOMParser } from '@xmldom/xmldom'
import { readSheet } from 'read-excel-file/node'
import type { FeatureCollection } from 'geojson'
import { MAX_CELL_CHARACTERS, TRUNCATION_MARK, csvCell, neutraliseFormula, sanitiseSheetName, toXlsx, xlsxParts } from '@/data/export/index.ts'
import { importFile } from '@/data/import/index.ts'

type Cell = string | number | boolean | Date | null

async function readBack(bytes: Uint8Array): Promise<Cell[][]> {
  return (await readSheet(Buffer.from(bytes), { trim: false })) as Cell[][]
}

function sheetXmlOf(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
}

// A row with a "__proto__" key as JSON.parse makes it (an own property, not the prototype).
const hostileRow = JSON.parse('{"__proto__": "原型键", "constructor": "构造"}') as Record<string, unknown>

const ROWS: Record<string, unknown>[] = [
  { 名称: '=HYPERLINK("http://x","y")', 值: -2, 备注: '+1' },
  { 名称: '@SUM(A1)', 值: Number.NaN, 备注: '-2' },
  { 名称: '<script>alert(1)</script>', 值: Number.POSITIVE_INFINITY, 备注: '奉贤区 & 金汇港' },
  { 名称: '南桥镇', 值: 3.25, 备注: true, ...hostileRow },
]

describe('toXlsx read back with read-excel-file', () => {
  it('writes the header first, then each row, with formula-like text neutralised and numbers kept', async () => {
    const sheet = await readBack(toXlsx(ROWS))
    expect(sheet).toEqual([
      ['名称', '值', '备注', '__proto__', 'constructor'],
      [`'=HYPERLINK("http://x","y")`, -2, "'+1", null, null],
      ["'@SUM(A1)", null, "'-2", null, null],
      ['<script>alert(1)</script>', null, '奉贤区 & 金汇港', null, null],
      ['南桥镇', 3.25, true, '原型键', '构造'],
    ])
  })

  it('keeps a real negative number a number, and a "-2" string text', async () => {
    const [, row] = await readBack(toXlsx([{ number: -2, text: '-2' }]))
    expect(row).toEqual([-2, "'-2"])
    expect(typeof row![0]).toBe('number')
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['普通文本', '普通文本'],
    ['a=b', 'a=b'],
  ])('neutralises %j exactly as the CSV export does', async (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected)
    const [, [cell]] = (await readBack(toXlsx([{ v: text }]))) as [Cell[], Cell[]]
    expect(cell).toBe(expected)
    expect(csvCell(text)).toBe(expected)
  })

  it('removes characters XML 1.0 forbids and keeps CR, tab and literal _xHHHH_ text', async () => {
    const [, row] = await readBack(toXlsx([{ a: 'a\u0000b\u0001c\u000Bd\uFFFFe', b: 'x\r\ny', c: 'code _x0041_ stays', d: '  spaced  ' }]))
    expect(row).toEqual(['abcde', 'x\r\ny', 'code _x0041_ stays', '  spaced  '])
    // A raw CR would become LF in an XML parser (XML 1.0 §2.11), so it is written the way Excel does: _x000D_.
    expect(sheetXmlOf(toXlsx([{ b: 'x\r\ny' }]))).not.toContain('\r')
  })

  it('writes booleans as spreadsheet booleans and nested objects as JSON text', async () => {
    const [, row] = await readBack(toXlsx([{ yes: true, no: false, nested: { a: [1, 2] } }]))
    expect(row).toEqual([true, false, '{"a":[1,2]}'])
  })

  it('exports features like the CSV export: properties plus 经度/纬度 for points, in the chosen columns', async () => {
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: '监测点', extra: 1, ...hostileRow }, geometry: { type: 'Point', coordinates: [121.47, 30.92] } }],
    }
    expect(await readBack(toXlsx(collection))).toEqual([
      ['name', 'extra', '__proto__', 'constructor', '经度', '纬度'],
      ['监测点', 1, '原型键', '构造', 121.47, 30.92],
    ])
    expect(await readBack(toXlsx(collection, { columns: ['name', '经度', '纬度'] }))).toEqual([
      ['name', '经度', '纬度'],
      ['监测点', 121.47, 30.92],
    ])
  })

  it('shows readable headings instead of column keys when given', async () => {
    const sheet = await readBack(toXlsx([{ town: '南桥镇', count: 4 }], { columns: ['town', 'count'], headings: ['街镇', '数量（个）'] }))
    expect(sheet[0]).toEqual(['街镇', '数量（个）'])
  })

  it('cuts a cell at Excel’s 32,767-character limit and says so at the end', async () => {
    const [, [cell]] = (await readBack(toXlsx([{ long: '水'.repeat(40_000) }]))) as [Cell[], Cell[]]
    expect(typeof cell).toBe('string')
    expect((cell as string).length).toBe(MAX_CELL_CHARACTERS)
    expect((cell as string).endsWith(TRUNCATION_MARK)).toBe(true)
    const [, [short]] = (await readBack(toXlsx([{ exact: '水'.repeat(MAX_CELL_CHARACTERS) }]))) as [Cell[], Cell[]]
    expect(short).toBe('水'.repeat(MAX_CELL_CHARACTERS))
  })

  it('comes back through the app’s own importer as the same points', async () => {
    const bytes = toXlsx([{ 名称: '=cmd', 经度: 121.4745, 纬度: 30.9182 }])
    const { features } = await importFile('export.xlsx', bytes)
    expect(features.features).toHaveLength(1)
    expect(features.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [121.4745, 30.9182] })
    expect(features.features[0]!.properties?.['名称']).toBe("'=cmd")
  })
})

describe('the workbook package', () => {
  it('never contains a formula element, and every part is well-formed XML', () => {
    const bytes = toXlsx(ROWS, { sheetName: '导出' })
    const parts = unzipSync(bytes)
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    expect(sheetXmlOf(bytes)).not.toMatch(/<f[\s>/]/)
    expect(sheetXmlOf(bytes)).not.toContain('<script>')
    for (const [name, content] of Object.entries(parts)) {
      const errors: string[] = []
      new DOMParser({ onError: (level, message) => errors.push(`${name} ${level}: ${message}`) }).parseFromString(strFromU8(content), 'text/xml')
      expect(errors).toEqual([])
    }
  })

  it('writes a bold header row', () => {
    const sheet = xlsxParts([{ 名称: 'a' }])['xl/worksheets/sheet1.xml']!
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">')
    expect(xlsxParts([{ 名称: 'a' }])['xl/styles.xml']).toContain('<b/>')
  })

  it('gives the same bytes for the same rows', () => {
    expect(toXlsx(ROWS)).toEqual(toXlsx(ROWS))
  })

  it('refuses more columns than Excel can open instead of writing a broken file', () => {
    const wide = Object.fromEntries(Array.from({ length: 16_385 }, (_, index) => [`c${index}`, index]))
    expect(() => toXlsx([wide])).toThrow(RangeError)
  })
})

describe('sheet names', () => {
  it.each([
    [undefined, '数据'],
    ['', '数据'],
    ['a[b]:c*d?e/f\\g', 'a b  c d e f g'],
    ["'引号'", '引号'],
    ['History', '数据'],
    ['奉贤区地表水环境质量监测断面二〇二〇年一月至十二月逐月监测数据汇总表', '奉贤区地表水环境质量监测断面二〇二〇年一月至十二月逐月监测数据'],
    ['水质😀'.padEnd(32, '库'), '水质😀'.padEnd(31, '库')],
    ['河'.repeat(30) + '😀', '河'.repeat(30)],
  ])('%j → %j', (name, expected) => {
    const sanitised = sanitiseSheetName(name)
    expect(sanitised).toBe(expected)
    expect(sanitised.length).toBeLessThanOrEqual(31)
  })

  it('is the sheet name a reader sees', async () => {
    const bytes = toXlsx([{ a: 1 }], { sheetName: '河道/断面 <2020>' })
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).toContain('name="河道 断面 &lt;2020&gt;"')
    await expect(readSheet(Buffer.from(bytes), '河道 断面 <2020>')).resolves.toEqual([['a'], [1]])
  })
})
