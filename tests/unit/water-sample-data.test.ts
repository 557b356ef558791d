/**
 * The sample monitoring data (geodata/water/monthly.csv), classified by the water-quality module, must
 * reproduce the bureau's 2019 figures (../shared/context/district-eco-bureau-work-report-2020.txt).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import {
  aggregatePeriod,
  buildClassMatrixFromRecords,
  classAt,
  compareGroups,
  evaluateGroup,
  isWaterClass,
  meetsTarget,
  monthRange,
  valueForMean,
  type MonitoringRecord,
  type WaterClass,
} from '@/domain/water-quality/index.ts'
import { generateMonthlyCsv, readSections, MONTHLY_PATH, SECTIONS_PATH } from '../../scripts/water/generate-monthly.ts'

const sectionsText = readFileSync(SECTIONS_PATH, 'utf8')
const sections = readSections(sectionsText)
const csvText = readFileSync(MONTHLY_PATH, 'utf8')
const { records, problems } = parseMonthlyCsv(csvText)
const months = monthRange('2018-01', '2020-12')

function annualClass(sectionId: string, year: number): WaterClass | null {
  const samples = records.filter((record) => record.sectionId === sectionId && record.month.startsWith(`${year}-`))
  return aggregatePeriod(samples).classification.waterClass
}

function meanOf(item: 'TP' | 'NH3N', first: string, last: string, rows: readonly MonitoringRecord[] = records): number {
  const values = rows
    .filter((record) => record.month >= first && record.month <= last)
    .map((record) => valueForMean(record.values[item]))
    .filter((value): value is number => value !== null)
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

describe('sample monitoring data', () => {
  it('has one row per section and month, 2018-01 to 2020-12, and parses without problems', () => {
    expect(sections).toHaveLength(45)
    expect(problems).toEqual([])
    expect(records).toHaveLength(45 * 36)
    const keys = new Set(records.map((record) => `${record.sectionId} ${record.month}`))
    for (const section of sections) for (const month of months) expect(keys.has(`${section.id} ${month}`)).toBe(true)
    expect(csvText.split('\n')[0]).toBe('section_id,month,pH,DO,CODMn,COD,BOD5,NH3N,TP,TN,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,VPhenol,Petro,LAS,S2,FC')
  })

  it('is what the generator writes today (deterministic, regenerate with npx tsx scripts/water/generate-monthly.ts)', () => {
    expect(generateMonthlyCsv(sections).csv).toBe(csvText)
  })

  it('has a few 停测 months and a few values below detection', () => {
    const stopped = records.filter((record) => Object.values(record.values).some((value) => value?.kind === 'missing'))
    expect(stopped.length).toBeGreaterThanOrEqual(3)
    expect(stopped.length).toBeLessThanOrEqual(15)
    const belowDetection = records.filter((record) => Object.values(record.values).some((value) => value?.kind === 'below-detection'))
    expect(belowDetection.length).toBeGreaterThan(0)
  })

  it('2019: national 金汇港-钱桥 Ⅲ, 2 municipal Ⅲ and 15 Ⅳ, all 18 assessed sections meet their targets', () => {
    const national = sections.filter((section) => section.level === 'national')
    const municipal = sections.filter((section) => section.level === 'municipal')
    expect(national.map((section) => section.name)).toEqual(['金汇港-钱桥'])
    expect(municipal).toHaveLength(17)
    expect(annualClass(national[0]!.id, 2019)).toBe(3)
    const municipalClasses = municipal.map((section) => annualClass(section.id, 2019))
    expect(municipalClasses.filter((waterClass) => waterClass === 3)).toHaveLength(2)
    expect(municipalClasses.filter((waterClass) => waterClass === 4)).toHaveLength(15)
    for (const section of [...national, ...municipal]) {
      expect(isWaterClass(section.targetClass)).toBe(true)
      expect(meetsTarget(annualClass(section.id, 2019), section.targetClass as WaterClass)).toBe(true)
    }
  })

  it('2019-01…2019-11 mean over all 45 sections: TP 0.20 mg/L and NH3N 0.82 mg/L (±0.005)', () => {
    expect(Math.abs(meanOf('TP', '2019-01', '2019-11') - 0.2)).toBeLessThanOrEqual(0.005)
    expect(Math.abs(meanOf('NH3N', '2019-01', '2019-11') - 0.82)).toBeLessThanOrEqual(0.005)
  })

  it('2019 is slightly better than 2018 (比去年同期略有改善)', () => {
    expect(meanOf('TP', '2019-01', '2019-12')).toBeLessThan(meanOf('TP', '2018-01', '2018-12'))
    expect(meanOf('NH3N', '2019-01', '2019-12')).toBeLessThan(meanOf('NH3N', '2018-01', '2018-12'))
    const group2018 = evaluateGroup(sections.map((section) => annualClass(section.id, 2018)))
    const group2019 = evaluateGroup(sections.map((section) => annualClass(section.id, 2019)))
    const change = compareGroups(group2018, group2019)
    expect(change.score).toBeGreaterThan(0)
  })

  const matrix = buildClassMatrixFromRecords(records, sections.map((section) => section.id), months)
  const assessed = sections.map((section, index) => ({ section, index })).filter(({ section }) => section.level === 'national' || section.level === 'municipal')

  it('some months of some assessed sections miss their target (个别断面未能保持每月稳定达标)', () => {
    const failing = assessed.filter(({ section, index }) =>
      months.some((_, month) => meetsTarget(classAt(matrix, index, month), section.targetClass as WaterClass) === false),
    )
    expect(failing.length).toBeGreaterThan(0)
    expect(failing.length).toBeLessThan(assessed.length)
  })

  it('has 劣Ⅴ months in 2018–2019 and none in 2020 (2020 plan: 全面消除劣Ⅴ类)', () => {
    const worstMonths = (year: number) =>
      sections.flatMap((_, section) => months.map((month, index) => ({ month, index })).filter(({ month, index }) => month.startsWith(`${year}-`) && classAt(matrix, section, index) === 6))
    expect(worstMonths(2018).length + worstMonths(2019).length).toBeGreaterThan(0)
    expect(worstMonths(2020)).toEqual([])
  })
})
