/**
 * Months ('YYYY-MM'), quarters and years, and the class of a period. 环办〔2011〕22号 §2 (数据统计):
 * a quarter's or a year's class is the class of the arithmetic mean concentration of the period's
 * measurements — never the mean (or the worst) of the monthly classes.
 */
import { classifySample, type Classification, type ClassifyOptions } from './classify.ts'
import { INDICATOR_INFO, type Indicator } from './indicators.ts'
import { roundForEvaluation } from './rounding.ts'
import { isSampled, valueForMean, type Measurement } from './measurement.ts'
import { averagingTerm, meanOfTerms } from './averaging.ts'

export type Month = string

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text)
}

function parts(month: Month): [number, number] {
  const match = MONTH_PATTERN.exec(month)
  if (!match) throw new RangeError(`Not a month 'YYYY-MM': ${month}`)
  return [Number(match[1]), Number(match[2])]
}

export function monthOf(year: number, monthNumber: number): Month {
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`
}

export function yearOf(month: Month): number {
  return parts(month)[0]
}

/** Quarter label 'YYYY-Qn' of a month. */
export function quarterOf(month: Month): string {
  const [year, monthNumber] = parts(month)
  return `${year}-Q${Math.ceil(monthNumber / 3)}`
}

/** Months from `first` to `last`, both included. */
export function monthRange(first: Month, last: Month): Month[] {
  const [startYear, startMonth] = parts(first)
  const [endYear, endMonth] = parts(last)
  const months: Month[] = []
  for (let index = startYear * 12 + startMonth - 1; index <= endYear * 12 + endMonth - 1; index++) {
    months.push(monthOf(Math.floor(index / 12), (index % 12) + 1))
  }
  return months
}

export function monthsOfYear(year: number): Month[] {
  return monthRange(monthOf(year, 1), monthOf(year, 12))
}

/** Months of a quarter label 'YYYY-Qn'. */
export function monthsOfQuarter(quarter: string): Month[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  if (!match) throw new RangeError(`Not a quarter 'YYYY-Qn': ${quarter}`)
  const year = Number(match[1])
  const first = (Number(match[2]) - 1) * 3 + 1
  return monthRange(monthOf(year, first), monthOf(year, first + 2))
}

export interface MonthlySample {
  month: Month
  values: Partial<Record<Indicator, Measurement>>
}

export interface PeriodResult {
  /** Months that had at least one sampled item (months without a sample are skipped, not zero). */
  sampledMonths: Month[]
  /** Arithmetic mean per item over the months it was measured (below detection = half the limit). */
  means: Partial<Record<Indicator, number>>
  /** Number of measurements behind each mean. */
  counts: Partial<Record<Indicator, number>>
  /** Items measured only below detection in the whole period: they meet the best class. */
  allBelowDetection: Indicator[]
  /** Class from the means rounded to the evaluation decimals (not from the monthly classes). */
  classification: Classification
}

/** Mean per item and the class of the means for one section over one period. */
export function aggregatePeriod(samples: readonly MonthlySample[], options: ClassifyOptions = {}): PeriodResult {
  const sums: Partial<Record<Indicator, number>> = {}
  const counts: Partial<Record<Indicator, number>> = {}
  const detected = new Set<Indicator>()
  const sampledMonths = new Set<Month>()
  for (const sample of samples) {
    for (const [code, measurement] of Object.entries(sample.values) as [Indicator, Measurement | undefined][]) {
      const value = valueForMean(measurement)
      if (value === null || !isSampled(measurement)) continue
      sampledMonths.add(sample.month)
      sums[code] = (sums[code] ?? 0) + averagingTerm(code, value)
      counts[code] = (counts[code] ?? 0) + 1
      if (measurement?.kind === 'value') detected.add(code)
    }
  }
  const means: Partial<Record<Indicator, number>> = {}
  const forClass: Partial<Record<Indicator, number>> = {}
  const allBelowDetection: Indicator[] = []
  for (const code of Object.keys(counts) as Indicator[]) {
    const mean = meanOfTerms(code, sums[code] as number, counts[code] as number)
    means[code] = mean
    const onlyBelow = !detected.has(code)
    if (onlyBelow) allBelowDetection.push(code)
    // An item never detected in the period meets the best class, like a single below-detection value.
    if (onlyBelow && INDICATOR_INFO[code].direction === 'max') forClass[code] = 0
    // The mean is rounded half-to-even to the evaluation decimals before it is classed (reference §2.6).
    else if (!onlyBelow) forClass[code] = roundForEvaluation(code, mean)
  }
  return {
    sampledMonths: [...sampledMonths].sort(),
    means,
    counts,
    allBelowDetection,
    classification: classifySample(forClass, options),
  }
}

/** Samples of the given months only (e.g. a quarter or a year). */
export function samplesWithin<T extends { month: Month }>(samples: readonly T[], months: readonly Month[]): T[] {
  const wanted = new Set(months)
  return samples.filter((sample) => wanted.has(sample.month))
}
