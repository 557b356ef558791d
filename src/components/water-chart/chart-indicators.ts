/**
 * Which indicators a section's chart shows first: the ones that decide its class at the clock's period
 * (issue 13 §2 "small multiples for the indicators that decide the class"). Pure, unit-tested.
 */
import { INDICATOR_INFO, INDICATORS, type Classification, type Indicator } from '@/domain/water-quality/index.ts'

/** At most this many small multiples: more would not fit a card or a projector corner. */
export const MAX_DECIDING = 3

/** Shown when the period has no class to explain: the routine items every section measures. */
export const ROUTINE_INDICATORS: readonly Indicator[] = ['NH3N', 'TP', 'DO']

/** How far an item's value lies past the class Ⅲ limit, for ordering (DO: higher is better). */
function pressure(indicator: Indicator, value: number | undefined): number {
  const item = INDICATOR_INFO[indicator]
  if (value === undefined || item.direction === 'range') return 0
  const limit = item.limits[2]
  return item.direction === 'min' ? limit / Math.max(value, 1e-9) : value / limit
}

/**
 * The main pollutants when the class is worse than Ⅲ (环办〔2011〕22号 §4, already ordered by the engine);
 * otherwise the items at the section's (worst) class, the ones closest to the class Ⅲ limit first; with no
 * class, the routine items. At most MAX_DECIDING.
 */
export function decidingIndicators(classification: Classification | null, values: Partial<Record<Indicator, number>> = {}): Indicator[] {
  if (!classification || classification.waterClass === null) return [...ROUTINE_INDICATORS]
  if (classification.mainPollutants.length > 0) return classification.mainPollutants.slice(0, MAX_DECIDING).map((pollutant) => pollutant.indicator)
  const worst = INDICATORS.filter((code) => classification.itemClasses[code] === classification.waterClass)
    // pH inside 6–9 meets every class: it decides nothing worth a chart unless it is outside (劣Ⅴ).
    .filter((code) => code !== 'pH' || classification.waterClass === 6)
    .sort((a, b) => pressure(b, values[b]) - pressure(a, values[a]))
  return worst.length > 0 ? worst.slice(0, MAX_DECIDING) : [...ROUTINE_INDICATORS]
}
