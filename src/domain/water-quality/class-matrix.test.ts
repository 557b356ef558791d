import { describe, expect, it } from 'vitest'
import { buildClassMatrix, buildClassMatrixFromRecords, classAt, classesInMonth, classesOfSection } from './class-matrix.ts'
import { parseMeasurement } from './measurement.ts'
import type { WaterClass } from './water-class.ts'

describe('class matrix', () => {
  const sections = ['FX01', 'FX02', 'FX03']
  const months = ['2020-01', '2020-02']
  it('stores one byte per section-month, 0 for no sample', () => {
    const table: (WaterClass | null)[][] = [[3, 4], [null, 6], [1, 2]]
    const matrix = buildClassMatrix(sections, months, (s, m) => table[s]?.[m] ?? null)
    expect([...matrix.classes]).toEqual([3, 4, 0, 6, 1, 2])
    expect(classAt(matrix, 1, 0)).toBeNull()
    expect(classAt(matrix, 1, 1)).toBe(6)
    expect(classAt(matrix, 5, 0)).toBeNull()
    expect(classesInMonth(matrix, 1)).toEqual([4, 6, 2])
    expect(classesOfSection(matrix, 0)).toEqual([3, 4])
  })
  it('classes records and ignores unknown sections and months', () => {
    const records = [
      { sectionId: 'FX01', month: '2020-01', values: { TP: parseMeasurement('0.25'), NH3N: parseMeasurement('0.6') } },
      { sectionId: 'FX02', month: '2020-02', values: { TP: parseMeasurement('停测') } },
      { sectionId: 'FX03', month: '2020-02', values: { TP: parseMeasurement('0.04') } },
      { sectionId: 'FX99', month: '2020-01', values: { TP: parseMeasurement('0.5') } },
      { sectionId: 'FX01', month: '2019-12', values: { TP: parseMeasurement('0.5') } },
    ]
    const lakes = new Set(['FX03'])
    const matrix = buildClassMatrixFromRecords(records, sections, months, (id) => ({ waterbody: lakes.has(id) ? 'lake' : 'river' }))
    expect([...matrix.classes]).toEqual([4, 0, 0, 0, 0, 3])
  })
})
