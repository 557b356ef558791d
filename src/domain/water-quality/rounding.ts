/**
 * Rounding for evaluation: 四舍六入五成双 (round half to even) to the evaluation decimals of
 * 《地表水环境质量监测数据统计技术规定（试行）》(2020; reference §2.6, via Journey.SurfaceWater
 * FactorAssessmentDecimalPlaces2020). Period and group means are rounded this way before they are classed,
 * so that a mean equal to a limit (TP 0.1, 0.2, 0.3 → 0.20000000000000004) meets that limit.
 */
import type { Indicator } from './indicators.ts'

/** Evaluation decimals per item (reference §2.6). */
export const EVALUATION_DECIMALS: Readonly<Record<Indicator, number>> = {
  pH: 0,
  DO: 1,
  CODMn: 1,
  COD: 1,
  BOD5: 1,
  NH3N: 2,
  TP: 3,
  TN: 2,
  Cu: 3,
  Zn: 3,
  F: 3,
  Se: 4,
  As: 4,
  Hg: 5,
  Cd: 5,
  Cr6: 3,
  Pb: 3,
  CN: 3,
  VPhenol: 4,
  Petro: 2,
  LAS: 2,
  S2: 3,
  FC: 0,
}

/**
 * Round half to even at `decimals` places. Binary noise (0.20000000000000004, 0.1 + 0.2) is removed
 * first by reading the scaled number at 12 significant digits, so a decimal half stays a half.
 */
export function roundHalfEven(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value
  const factor = 10 ** decimals
  const scaled = Number((value * factor).toPrecision(12))
  const floor = Math.floor(scaled)
  const fraction = scaled - floor
  let rounded: number
  if (Math.abs(fraction - 0.5) < 1e-9) rounded = floor % 2 === 0 ? floor : floor + 1
  else rounded = Math.round(scaled)
  // Dividing again by the factor (rather than multiplying by 10^-decimals) keeps 0.2 exactly 0.2.
  const result = rounded / factor
  return Object.is(result, -0) ? 0 : result
}

/** A mean rounded to its item's evaluation decimals. */
export function roundForEvaluation(indicator: Indicator, value: number): number {
  return roundHalfEven(value, EVALUATION_DECIMALS[indicator])
}

/** Every mean of a record rounded to its item's evaluation decimals. */
export function roundMeans(means: Partial<Record<Indicator, number>>): Partial<Record<Indicator, number>> {
  const rounded: Partial<Record<Indicator, number>> = {}
  for (const [code, value] of Object.entries(means) as [Indicator, number | undefined][]) {
    if (value !== undefined) rounded[code] = roundForEvaluation(code, value)
  }
  return rounded
}

/**
 * 超标倍数 as shown everywhere (card, tour, board, briefing): round half to even at 2 decimals
 * (环办〔2011〕22号 §4 shows one or two decimals; the project uses two throughout, issue 12 item 9).
 */
export const EXCEEDANCE_DECIMALS = 2

export function formatExceedance(exceedance: number): string {
  return roundHalfEven(exceedance, EXCEEDANCE_DECIMALS).toFixed(EXCEEDANCE_DECIMALS)
}
