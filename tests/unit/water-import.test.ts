/**
 * Import of real-looking monitoring tables (fixtures written by scripts/water/write-import-fixtures.ts):
 * exactly which rows are kept, which are skipped and why, with the row numbers a spreadsheet shows.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importMonitoringTable, summariseImport } from '@/data/monitoring/index.ts'
import { buildSeriesColumns, classifyMeasurements, mergeSeriesColumns, recordsOfColumns } from '@/domain/water-quality/index.ts'

// The part of the section register the fixtures refer to (names as in geodata/layers/sections.geojson),
// written out so that these tests do not change when the sample register does.
const sections = [
  { id: 'FX01', name: '金汇港-钱桥' },
  { id: 'FX02', name: '金汇港-金汇' },
  { id: 'FX03', name: '竹港-肖塘' },
  { id: 'FX04', name: '金汇港-南奉公路桥' },
  { id: 'FX05', name: '浦南运河-西闸' },
  { id: 'FX06', name: '浦南运河-南亭公路桥' },
  { id: 'FX07', name: '浦南运河-奉城' },
  { id: 'FX08', name: '随塘河-海湾' },
  { id: 'FX09', name: '随塘河-四团' },
]
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/monitoring/${name}`))
const skippedOf = (report: { skipped: { row: number; code: string }[] }) => report.skipped.map(({ row, code }) => [row, code])

describe('messy GBK CSV with Chinese headers', async () => {
  const { records, report } = await importMonitoringTable('messy-gbk.csv', fixture('messy-gbk.csv'), sections)

  it('decodes GBK and finds the header below the title row', () => {
    expect(report.encoding).toBe('gbk')
    expect(report.read).toBe(11)
    expect(report.kept).toBe(6)
  })
  it('skips exactly the bad rows, with the spreadsheet row number and reason', () => {
    expect(skippedOf(report)).toEqual([
      [7, 'unknown-section'],
      [8, 'bad-date'],
      [9, 'duplicate-row'],
      [13, 'missing-date'],
      [14, 'missing-section'],
    ])
    expect(report.skipped[0]?.reason).toBe('第 7 行：断面“FX99 新张泾-某桥”不在断面名录中，该行已跳过')
    expect(report.skipped[2]?.reason).toContain('与第 3 行为同一断面同一月份')
    expect(report.skipped[2]?.reasonEn).toBe('Row 9: same section and month as row 3; duplicate skipped')
  })
  it('lists unknown and ignored columns once', () => {
    expect(report.unknownColumns).toEqual(['采样人', '色度'])
    expect(report.ignoredColumns).toEqual(['序号', '水温(℃)'])
  })
  it('keeps good rows matched by code (any case) or name, and names each ignored cell', () => {
    expect(records.map((record) => record.sectionId)).toEqual(['FX01', 'FX03', 'FX04', 'FX06', 'FX07', 'FX08'])
    expect(records.every((record) => record.month === '2020-06')).toBe(true)
    const cells = report.notes.filter((note) => note.row > 2).map(({ row, column, code }) => [row, column, code])
    expect(cells).toEqual([
      [4, '铬(六价)', 'no-detection-limit'],
      [10, '总磷(以P计)', 'invalid-value'],
      [12, '溶解氧（mg/L）', 'negative-value'],
    ])
    expect(report.warnings).toContain('第 10 行“总磷(以P计)”列：“0.2O”不是有效数值，已忽略该值')
  })
  it('reads values, below-detection markers and 停测 so that the module can class them', () => {
    const [jinhui, zhugang, nanfeng, , fengcheng] = records
    expect(jinhui?.values.TP).toEqual({ kind: 'value', value: 0.181 })
    expect(jinhui?.values.Cr6).toEqual({ kind: 'below-detection', detectionLimit: 0.004 })
    expect(zhugang?.values.Cr6).toEqual({ kind: 'below-detection', detectionLimit: null })
    expect(nanfeng?.values.NH3N).toEqual({ kind: 'below-detection', detectionLimit: 0.025 })
    expect(classifyMeasurements(nanfeng!.values).waterClass).toBe(4)
    expect(fengcheng?.values.TP).toEqual({ kind: 'missing', reason: 'stopped' })
    expect(classifyMeasurements(fengcheng!.values).waterClass).toBeNull()
    expect(summariseImport(report)).toBe('messy-gbk.csv：读取 11 行，导入 6 行，跳过 5 行')
  })
})

describe('XLSX with date cells, numeric months and bad rows', async () => {
  const { records, report } = await importMonitoringTable('messy-table.xlsx', fixture('messy-table.xlsx'), sections)

  it('keeps rows with a date cell, a "2020/6/16" text and a 202006 number, matched by name or code', () => {
    expect(records.map((record) => [record.sectionId, record.month])).toEqual([
      ['FX01', '2020-06'],
      ['FX03', '2020-06'],
      ['FX04', '2020-06'],
    ])
    expect(records[2]?.values.Pb).toEqual({ kind: 'value', value: 0.012 })
    expect(classifyMeasurements(records[2]!.values).mainPollutants[0]?.indicator).toBe('NH3N')
  })
  it('skips exactly the bad rows', () => {
    expect(report.read).toBe(7)
    expect(skippedOf(report)).toEqual([
      [7, 'duplicate-row'],
      [8, 'unknown-section'],
      [9, 'bad-date'],
      [10, 'no-values'],
    ])
    expect(report.skipped[2]?.reason).toBe('第 9 行：无法识别的监测时间“六月中旬”，该行已跳过')
    expect(report.notes.find((note) => note.row === 10)?.code).toBe('invalid-value')
    expect(report.unknownColumns).toEqual(['叶绿素'])
    expect(report.ignoredColumns).toEqual(['电导率'])
  })
})

describe('files that cannot be imported', () => {
  it.each([
    ['broken.xlsx', 'unreadable-file'],
    ['no-header.csv', 'no-header'],
  ])('%s gives no records and one note: %s', async (name, code) => {
    const { records, report } = await importMonitoringTable(name, fixture(name), sections)
    expect(records).toEqual([])
    expect(report.notes.map((note) => note.code)).toEqual([code])
    expect(report.warnings).toHaveLength(1)
  })
  it('lists the first 100 skipped rows and counts them all: a million bad rows are not a million objects', async () => {
    const lines = ['section_id,month,TP', ...Array.from({ length: 250 }, (_, index) => `NOPE${index},2020-06,0.1`), 'FX01,2020-06,0.1']
    const { records, report } = await importMonitoringTable('bad-rows.csv', new TextEncoder().encode(lines.join('\n')), sections)
    expect(records).toHaveLength(1)
    expect(report.skipped).toHaveLength(100)
    expect(report.skipped[0]).toMatchObject({ row: 2, code: 'unknown-section' })
    expect(report.skippedCount).toBe(250)
    expect(summariseImport(report)).toBe('bad-rows.csv：读取 251 行，导入 1 行，跳过 250 行')
  })
  it('refuses other file types by name', async () => {
    const { report } = await importMonitoringTable('数据.xls', new Uint8Array([1, 2, 3]), sections)
    expect(report.notes[0]?.code).toBe('unsupported-file')
    expect(report.warnings[0]).toContain('.xls')
  })
  it('reads UTF-8 CSV with a BOM and the app’s own codes as headers', async () => {
    const text = '\uFEFFsection_id,month,NH3N,TP\nFX01,2020-06,0.5,0.1\n'
    const { records, report } = await importMonitoringTable('a.csv', new TextEncoder().encode(text), sections)
    expect(report.encoding).toBe('utf-8')
    expect(records).toEqual([{ sectionId: 'FX01', month: '2020-06', values: { NH3N: { kind: 'value', value: 0.5 }, TP: { kind: 'value', value: 0.1 } } }])
  })
})

describe('merging an imported table (as columns)', () => {
  it('keeps every loaded record and takes the imported values for the same section-month', () => {
    const value = (tp: number) => ({ TP: { kind: 'value', value: tp } as const })
    const loaded = [
      { sectionId: 'FX01', month: '2020-05', values: value(0.1) },
      { sectionId: 'FX01', month: '2020-06', values: value(0.2) },
    ]
    const imported = [
      { sectionId: 'FX01', month: '2020-06', values: value(0.3) },
      { sectionId: 'FX02', month: '2020-06', values: value(0.4) },
    ]
    const merged = mergeSeriesColumns(buildSeriesColumns(loaded), buildSeriesColumns(imported))!
    expect(merged.added).toBe(1)
    expect(merged.replaced).toBe(1)
    expect(recordsOfColumns(merged.columns).map((record) => [record.sectionId, record.month, record.values.TP])).toEqual([
      ['FX01', '2020-05', { kind: 'value', value: 0.1 }],
      ['FX01', '2020-06', { kind: 'value', value: 0.3 }],
      ['FX02', '2020-06', { kind: 'value', value: 0.4 }],
    ])
  })
})
