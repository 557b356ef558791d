/**
 * The assessment board, computed from the shipped files (geodata/layers/sections.geojson and
 * geodata/water/monthly.csv), reproduces each 2019 figure of the bureau's report
 * (../shared/context/district-eco-bureau-work-report-2020.txt, 碧水保卫战) — one test per figure.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assessmentSections } from '@/data/assessment-sections.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildSeriesTable, computeBoard, periodAround, periodBetween, sectionsOfGroup } from '@/domain/assessment/index.ts'
import { MONTHLY_PATH, SECTIONS_PATH } from '../../scripts/water/generate-monthly.ts'

const collection = JSON.parse(readFileSync(SECTIONS_PATH, 'utf8')) as { features: { properties: Record<string, unknown> }[] }
const sections = assessmentSections(collection.features)
const { records } = parseMonthlyCsv(readFileSync(MONTHLY_PATH, 'utf8'))
const table = buildSeriesTable(sections, records)
const assessed = sectionsOfGroup(table, { kind: 'assessed' })
const year2019 = computeBoard(table, periodAround('year', '2019-12'), assessed)
const reportWindow = computeBoard(table, periodBetween('2019-01', '2019-11'), assessed)
const levelOf = (index: number) => table.sections[index]!.level

describe('the board reproduces the report from the shipped data', () => {
  it('18 assessed sections: 1 national (国考) and 17 municipal (市考)', () => {
    expect(assessed).toHaveLength(18)
    expect(assessed.filter((index) => levelOf(index) === 'national')).toHaveLength(1)
    expect(assessed.filter((index) => levelOf(index) === 'municipal')).toHaveLength(17)
  })
  it('国考 金汇港-钱桥 is Ⅲ in 2019', () => {
    const national = year2019.rows.find((row) => levelOf(row.section) === 'national')!
    expect(table.sections[national.section]!.name).toBe('金汇港-钱桥')
    expect(national.period.waterClass).toBe(3)
  })
  it('of the 17 municipal sections 2 are Ⅲ and 15 Ⅳ in 2019', () => {
    const municipal = year2019.rows.filter((row) => levelOf(row.section) === 'municipal').map((row) => row.period.waterClass)
    expect(municipal.filter((waterClass) => waterClass === 3)).toHaveLength(2)
    expect(municipal.filter((waterClass) => waterClass === 4)).toHaveLength(15)
    expect(year2019.distribution.counts).toEqual({ 1: 0, 2: 0, 3: 3, 4: 15, 5: 0, 6: 0 })
  })
  it('all 18 meet their targets in 2019 (达标率 100 %)', () => {
    expect(year2019.attainment.withTarget).toBe(18)
    expect(year2019.attainment.met).toHaveLength(18)
    expect(year2019.attainment.failed).toEqual([])
    expect(year2019.attainment.rate).toBe(1)
  })
  it('assessed sections 2019-01…2019-11: mean TP 0.20 and NH3-N 0.82 mg/L (as shown, 2 decimals)', () => {
    const mean = (code: string) => reportWindow.means.find((entry) => entry.indicator === code)!.mean
    expect(mean('TP').toFixed(2)).toBe('0.20')
    expect(mean('NH3N').toFixed(2)).toBe('0.82')
    expect(Math.abs(mean('TP') - 0.2)).toBeLessThan(0.0005)
    expect(Math.abs(mean('NH3N') - 0.82)).toBeLessThan(0.0005)
  })
  it('2019 is better than 2018 for the assessed sections (lower TP and NH3-N, 22号 score not worse)', () => {
    const mean = (board: typeof year2019, code: string, before = false) =>
      (before ? board.meansBefore : board.means).find((entry) => entry.indicator === code)!.mean
    expect(mean(year2019, 'TP')).toBeLessThan(mean(year2019, 'TP', true))
    expect(mean(year2019, 'NH3N')).toBeLessThan(mean(year2019, 'NH3N', true))
    expect(year2019.change!.score).toBeGreaterThanOrEqual(0)
  })
  it('some assessed sections miss their target in some months (个别断面未能保持每月稳定达标)', () => {
    const relapsing = year2019.rows.filter((row) => row.failingMonths.length > 0)
    expect(relapsing.length).toBeGreaterThan(0)
    expect(relapsing.length).toBeLessThan(18)
  })
})
