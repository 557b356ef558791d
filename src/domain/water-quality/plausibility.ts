/**
 * A unit mix-up caught by magnitude: a value written in µg/L where GB 3838-2002 Table 1 expects mg/L is
 * 1000 times too large. Such a number lies far beyond anything a surface water shows — more than 50 times
 * the item's class Ⅴ limit (DO above 25 mg/L, far past saturation) — while the same number divided by 1000
 * is an ordinary concentration. The project refuses the value (and says what it probably meant) rather
 * than classing a river 劣Ⅴ from a units slip.
 */
import { INDICATOR_INFO, type Indicator } from './indicators.ts'

/** Upper end of plausible DO in surface water, mg/L (saturation at 0 °C is about 14.6 mg/L). */
const DISSOLVED_OXYGEN_CEILING = 25
/** How far beyond the class Ⅴ limit a value may lie before it is taken for a unit slip. */
const BEYOND_CLASS_FIVE = 50

/** The value in mg/L it probably meant (value / 1000) when `value` looks like µg/L; null when plausible. */
export function likelyMicrograms(indicator: Indicator, value: number): number | null {
  const item = INDICATOR_INFO[indicator]
  if (indicator === 'FC' || item.direction === 'range' || item.unit.zh !== 'mg/L') return null
  const ceiling = item.direction === 'min' ? DISSOLVED_OXYGEN_CEILING : item.limits[4] * BEYOND_CLASS_FIVE
  return value > ceiling ? value / 1000 : null
}
