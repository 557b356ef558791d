/**
 * How a period's (or a group's) mean of one item is taken. Concentrations are averaged arithmetically;
 * pH, a logarithm, is averaged through its hydrogen-ion concentration: −log10(mean(10^−pH))
 * (domain reference §2.6; 《地表水环境质量评价办法（试行）》 data handling). Monthly pH 5.5 and 9.5
 * average to 5.8 (劣Ⅴ), not to 7.5. Summing `averagingTerm` and ending with `meanOfTerms` keeps one pass.
 */
import type { Indicator } from './indicators.ts'

/** What is summed for `indicator`: the value, or for pH its hydrogen-ion concentration. */
export function averagingTerm(indicator: Indicator, value: number): number {
  return indicator === 'pH' ? 10 ** -value : value
}

/** The mean from the sum of `averagingTerm`s over `count` values. */
export function meanOfTerms(indicator: Indicator, sum: number, count: number): number {
  const mean = sum / count
  return indicator === 'pH' ? -Math.log10(mean) : mean
}
