/**
 * A group of fewer than 5 sections (a short river) is judged by the mean concentration of each item over
 * its sections, classed by the single-factor method (环办〔2011〕22号 §3.2, reference §2.5).
 */
import { classifySample, type Classification, type ClassifyOptions } from './classify.ts'
import type { Indicator } from './indicators.ts'
import { roundMeans } from './rounding.ts'
import { averagingTerm, meanOfTerms } from './averaging.ts'

/** Mean of each item over the sections that measured it, then the single-factor class of those means. */
export function classifyGroupByMeans(
  sectionMeans: readonly Partial<Record<Indicator, number>>[],
  options: ClassifyOptions = {},
): { means: Partial<Record<Indicator, number>>; classification: Classification } {
  const sums: Partial<Record<Indicator, number>> = {}
  const counts: Partial<Record<Indicator, number>> = {}
  for (const section of sectionMeans) {
    for (const [code, value] of Object.entries(section) as [Indicator, number | undefined][]) {
      if (value === undefined || !Number.isFinite(value)) continue
      sums[code] = (sums[code] ?? 0) + averagingTerm(code, value)
      counts[code] = (counts[code] ?? 0) + 1
    }
  }
  const means: Partial<Record<Indicator, number>> = {}
  for (const code of Object.keys(counts) as Indicator[]) means[code] = meanOfTerms(code, sums[code] as number, counts[code] as number)
  // Rounded half-to-even to the evaluation decimals before classing (reference §2.6).
  return { means, classification: classifySample(roundMeans(means), options) }
}
