import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildSeriesColumns, classMatrixOfColumns } from '@/domain/water-quality/index.ts'
import { parseMonthlyCsv } from './monthly-csv.ts'
import { readSeriesText, transferables } from './read-series.ts'

const table = readFileSync(fileURLToPath(new URL('../../../geodata/water/monthly.csv', import.meta.url)), 'utf8')
const sectionIds = ['FX01', 'FX02', 'FX03']

describe('readSeriesText (the monitoring worker’s reading)', () => {
  it('gives the class matrix the general path gives for the shipped table', () => {
    const read = readSeriesText(table, sectionIds)
    const columns = buildSeriesColumns(parseMonthlyCsv(table).records, sectionIds)!
    expect(read.problems).toEqual([])
    expect(read.columns!.months).toEqual(columns.months)
    expect([...read.matrix!.classes]).toEqual([...classMatrixOfColumns(columns, sectionIds).classes])
  })

  it('names the rows of a table it cannot read plainly, and keeps the rest', () => {
    const broken = table.replace(/\n(FX02),2019-06,[^\n]*/, '\n$1,2019-06,abc')
    const read = readSeriesText(broken, sectionIds)
    expect(read.problems.length).toBeGreaterThan(0)
    expect(read.columns!.sectionIds.slice(0, 3)).toEqual(sectionIds)
  })

  it('hands each typed-array buffer over once (a buffer listed twice cannot be transferred)', () => {
    const buffers = transferables(readSeriesText(table, sectionIds))
    expect(buffers.length).toBeGreaterThan(2)
    expect(new Set(buffers).size).toBe(buffers.length)
  })
})
