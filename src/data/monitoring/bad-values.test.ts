// Issue 13 "Bad input": a negative value and a unit mix-up (µg/L where mg/L is expected) are reported per
// row, naming the section, month and column, and the rest of the file loads.
import { describe, expect, it } from 'vitest'
import { classifyMeasurements, likelyMicrograms } from '@/domain/water-quality/index.ts'
import { parseMonthlyCsv } from './monthly-csv.ts'

const csv = [
  'section_id,month,DO,NH3N,TP',
  'FX01,2019-01,6.2,0.55,0.180',
  'FX01,2019-02,6.0,-0.12,0.170',
  'FX02,2019-01,5.8,820,0.210',
  'FX02,2019-02,5.9,0.80,195',
  'FX03,2019-01,6100,0.60,0.150',
].join('\n')

describe('negative values and unit mix-ups in a monitoring file', () => {
  const { records, problems } = parseMonthlyCsv(csv)

  it('loads every row, without the refused cells', () => {
    expect(records).toHaveLength(5)
    const cell = (id: string, month: string) => records.find((record) => record.sectionId === id && record.month === month)!.values
    expect(cell('FX01', '2019-02').NH3N).toBeUndefined()
    expect(cell('FX01', '2019-02').TP).toEqual({ kind: 'value', value: 0.17 })
    expect(cell('FX02', '2019-01').NH3N).toBeUndefined()
    expect(cell('FX02', '2019-02').TP).toBeUndefined()
    expect(cell('FX03', '2019-01').DO).toBeUndefined()
    // The ammonia slip (820 for 0.82) would have made FX02 劣Ⅴ; without it the month is Ⅳ from TP 0.21.
    expect(classifyMeasurements(cell('FX02', '2019-01')).waterClass).toBe(4)
  })
  it('reports each refused value with its row, section, month and column', () => {
    const refused = problems.filter((problem) => problem.code === 'negative-value' || problem.code === 'unit-mismatch')
    expect(refused.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, 'NH3N', 'negative-value'],
      [4, 'NH3N', 'unit-mismatch'],
      [5, 'TP', 'unit-mismatch'],
      [6, 'DO', 'unit-mismatch'],
    ])
    expect(refused[0]!.reason).toBe('第 3 行（FX01 2019-02）“NH3N”列：负值“-0.12”无效，已忽略该值')
    expect(refused[1]!.reason).toBe('第 4 行（FX02 2019-01）“NH3N”列：数值“820”远超地表水的常见范围，疑为 µg/L（按 mg/L 应为 0.82），已忽略该值')
    expect(refused[2]!.reasonEn).toBe('Row 5 (FX02 2019-02), column "TP": "195" is far beyond any surface water; probably µg/L (0.195 in mg/L); value ignored')
  })
  it('does not flag heavily polluted but possible values', () => {
    expect(likelyMicrograms('NH3N', 12)).toBeNull()
    expect(likelyMicrograms('TP', 3.5)).toBeNull()
    expect(likelyMicrograms('DO', 14)).toBeNull()
    expect(likelyMicrograms('FC', 90_000)).toBeNull()
    expect(likelyMicrograms('pH', 70)).toBeNull()
  })
})
