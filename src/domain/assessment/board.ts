/**
 * The water-quality assessment board (考核) for one period and one group of sections (issue 13 §1):
 * class distribution and shares, the group's 水质状况 (环办〔2011〕22号: ≥ 5 sections by class proportions,
 * fewer by the class of the mean concentrations), attainment against each section's target, change
 * against the same period a year earlier (ΔG − ΔD), the group's mean concentrations, the section × month
 * matrix against target, year-to-date margins and the CWQI ranking of towns and rivers. Missing data is
 * always explicit: sections without a target, without samples, 停测 months, below-detection items.
 */
import {
  classifyGroupByMeans,
  compareGroups,
  compareSectionBoth,
  evaluateGroup,
  qualityOfClass,
  type GroupChange,
  type QualityStatus,
  type SectionChangeBoth,
  type WaterClass,
} from '../water-quality/index.ts'
import { cwqiOf, rankUnits, type CwqiRow } from './cwqi.ts'
import { yearToDateMargin, type YearToDateMargin } from './margin.ts'
import { groupMeans, type GroupMean } from './group-means.ts'
import { sectionPeriod, type SectionPeriod } from './section-period.ts'
import { samePeriodYearBefore, type AssessmentPeriod } from './selection.ts'
import { monthIndexRange, type SeriesTable } from './series-table.ts'

export interface Distribution {
  counts: Record<WaterClass, number>
  /** Sections with a class in the period. */
  classed: number
  /** Sections of the group with no sample in the period (listed, never counted as a class). */
  noData: number[]
  /** Ⅰ–Ⅲ and 劣Ⅴ shares of the classed sections (0–1); null when none was classed. */
  shareGood: number | null
  shareWorst: number | null
}

export interface GroupStatus {
  /** 'proportion' with ≥ 5 classed sections, 'means' below (环办〔2011〕22号 §3.2). */
  method: 'proportion' | 'means'
  status: QualityStatus | null
  /** Class of the mean concentrations (method 'means'). */
  meansClass: WaterClass | null
}

export interface SectionRow {
  section: number
  period: SectionPeriod
  before: WaterClass | null
  /** 达标: null when the section has no target or no sample. */
  meets: boolean | null
  change: SectionChangeBoth
  /** Months of the period whose class failed the target (offsets from the period's first month). */
  failingMonths: number[]
}

export interface Attainment {
  withTarget: number
  met: number[]
  failed: number[]
  noTarget: number[]
  /** Sections with a target but no sample in the period. */
  noData: number[]
  /** met / (met + failed); null when no section with a target was classed. */
  rate: number | null
}

export interface Board {
  period: AssessmentPeriod
  before: AssessmentPeriod
  /** Months of the period present in the series (the matrix columns). */
  months: string[]
  /** Months of the period the series does not cover. */
  monthsOutsideSeries: number
  sections: number[]
  rows: SectionRow[]
  distribution: Distribution
  distributionBefore: Distribution
  status: GroupStatus
  statusBefore: GroupStatus
  attainment: Attainment
  /** Null when either period classed no section. */
  change: GroupChange | null
  means: GroupMean[]
  meansBefore: GroupMean[]
  margins: YearToDateMargin[]
  ranking: { towns: CwqiRow[]; rivers: CwqiRow[] }
}

function distributionOf(classes: readonly (WaterClass | null)[], sections: readonly number[]): Distribution {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } as Record<WaterClass, number>
  const noData: number[] = []
  classes.forEach((waterClass, position) => {
    if (waterClass === null) noData.push(sections[position]!)
    else counts[waterClass]++
  })
  const classed = classes.length - noData.length
  const good = counts[1] + counts[2] + counts[3]
  return {
    counts,
    classed,
    noData,
    shareGood: classed === 0 ? null : good / classed,
    shareWorst: classed === 0 ? null : counts[6] / classed,
  }
}

function statusOf(periods: readonly SectionPeriod[]): GroupStatus {
  const classes = periods.map((period) => period.waterClass)
  const evaluation = evaluateGroup(classes)
  if (evaluation.status !== null) return { method: 'proportion', status: evaluation.status, meansClass: null }
  const sampled = periods.filter((period) => period.waterClass !== null).map((period) => period.means)
  const meansClass = sampled.length === 0 ? null : classifyGroupByMeans(sampled).classification.waterClass
  return { method: 'means', status: meansClass === null ? null : qualityOfClass(meansClass), meansClass }
}

function periodsOf(table: SeriesTable, sections: readonly number[], period: AssessmentPeriod): { periods: SectionPeriod[]; range: [number, number] | null } {
  const range = monthIndexRange(table, period.first, period.last)
  const periods = sections.map((section) =>
    range === null
      ? { section, means: {}, counts: {}, sums: {}, belowDetection: {}, belowDetectionOnly: [], sampledMonths: 0, stoppedMonths: 0, waterClass: null }
      : sectionPeriod(table, section, range[0], range[1]),
  )
  return { periods, range }
}

function rankingOf(table: SeriesTable, nowBySection: Map<number, SectionPeriod>, beforeBySection: Map<number, SectionPeriod>, key: 'town' | 'river'): CwqiRow[] {
  const units = new Map<string, number[]>()
  for (const section of nowBySection.keys()) {
    const name = table.sections[section]![key]
    if (!name) continue
    const members = units.get(name)
    if (members) members.push(section)
    else units.set(name, [section])
  }
  return rankUnits(
    [...units].map(([name, sections]) => ({
      name,
      sections,
      now: cwqiOf(sections.map((section) => nowBySection.get(section)!)),
      before: cwqiOf(sections.map((section) => beforeBySection.get(section)!)),
    })),
  )
}

export function computeBoard(table: SeriesTable, period: AssessmentPeriod, sections: readonly number[]): Board {
  const before = samePeriodYearBefore(period)
  const now = periodsOf(table, sections, period)
  const then = periodsOf(table, sections, before)
  const monthCount = table.months.length
  const months = now.range === null ? [] : table.months.slice(now.range[0], now.range[1] + 1)
  const rows: SectionRow[] = now.periods.map((sectionNow, position) => {
    const section = sections[position]!
    const target = table.sections[section]!.targetClass
    const beforeClass = then.periods[position]!.waterClass
    const failingMonths: number[] = []
    if (now.range !== null && target !== null) {
      // Monthly classes were computed once with the table: one byte read per month here.
      for (let month = now.range[0]; month <= now.range[1]; month++) {
        const monthly = table.monthlyClasses[section * monthCount + month]!
        if (monthly > target) failingMonths.push(month - now.range[0])
      }
    }
    return {
      section,
      period: sectionNow,
      before: beforeClass,
      meets: target === null || sectionNow.waterClass === null ? null : sectionNow.waterClass <= target,
      change: compareSectionBoth(beforeClass, sectionNow.waterClass),
      failingMonths,
    }
  })
  const attainment: Attainment = { withTarget: 0, met: [], failed: [], noTarget: [], noData: [], rate: null }
  for (const row of rows) {
    if (table.sections[row.section]!.targetClass === null) attainment.noTarget.push(row.section)
    else {
      attainment.withTarget++
      if (row.meets === true) attainment.met.push(row.section)
      else if (row.meets === false) attainment.failed.push(row.section)
      else attainment.noData.push(row.section)
    }
  }
  const judged = attainment.met.length + attainment.failed.length
  attainment.rate = judged === 0 ? null : attainment.met.length / judged
  const distribution = distributionOf(now.periods.map((p) => p.waterClass), sections)
  const distributionBefore = distributionOf(then.periods.map((p) => p.waterClass), sections)
  const change =
    distribution.classed === 0 || distributionBefore.classed === 0
      ? null
      : compareGroups(evaluateGroup(then.periods.map((p) => p.waterClass)), evaluateGroup(now.periods.map((p) => p.waterClass)))
  const margins =
    now.range === null
      ? []
      : (() => {
          const lastMonth = table.months[now.range[1]]!
          const january = table.indexOfMonth.get(`${lastMonth.slice(0, 4)}-01`) ?? 0
          return sections.map((section) => yearToDateMargin(table, section, january, now.range![1]))
        })()
  const nowBySection = new Map(now.periods.map((p) => [p.section, p]))
  const beforeBySection = new Map(then.periods.map((p) => [p.section, p]))
  return {
    period,
    before,
    months,
    monthsOutsideSeries: monthsBetween(period) - months.length,
    sections: [...sections],
    rows,
    distribution,
    distributionBefore,
    status: statusOf(now.periods),
    statusBefore: statusOf(then.periods),
    attainment,
    change,
    means: groupMeans(table, now.periods),
    meansBefore: groupMeans(table, then.periods),
    margins,
    ranking: { towns: rankingOf(table, nowBySection, beforeBySection, 'town'), rivers: rankingOf(table, nowBySection, beforeBySection, 'river') },
  }
}

function monthsBetween(period: AssessmentPeriod): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))
  return index(period.last) - index(period.first) + 1
}
