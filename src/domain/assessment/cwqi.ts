/**
 * City water-quality index (CWQI) of a town or a river, 《城市地表水环境质量排名技术规定（试行）》(2017):
 * the mean concentration of each item over the unit's sections for the period, then the sum of the item
 * indices over the evaluated items measured: C/S_Ⅲ; DO as S_Ⅲ/C; pH as (7 − pH)/(7 − 6) at or below 7 and
 * (pH − 7)/(9 − 7) above (reference §2.5, as Silence CWQICalculatorV2017). Smaller is better; ΔCWQI =
 * (now − before)/before, negative = improved.
 */
import { EVALUATED_INDICATORS, INDICATOR_INFO, limitsFor, type Indicator, type Waterbody } from '../water-quality/index.ts'
import type { SectionPeriod } from './section-period.ts'

export function itemIndex(indicator: Indicator, concentration: number, waterbody: Waterbody = 'river'): number | null {
  const item = INDICATOR_INFO[indicator]
  if (item.direction === 'range') return concentration <= 7 ? 7 - concentration : (concentration - 7) / 2
  const classThree = limitsFor(indicator, waterbody)[2]
  if (item.direction === 'min') return concentration > 0 ? classThree / concentration : null
  return concentration / classThree
}

export interface CwqiValue {
  /** Null when the unit had no sample of an evaluated item in the period. */
  cwqi: number | null
  /** Items summed (units with different item sets are not strictly comparable; the board shows it). */
  items: Indicator[]
}

export function cwqiOf(periods: readonly SectionPeriod[]): CwqiValue {
  const sums = new Map<Indicator, { sum: number; count: number }>()
  for (const period of periods) {
    for (const code of EVALUATED_INDICATORS) {
      const mean = period.means[code]
      if (mean === undefined) continue
      const entry = sums.get(code) ?? { sum: 0, count: 0 }
      entry.sum += mean
      entry.count++
      sums.set(code, entry)
    }
  }
  let total = 0
  const items: Indicator[] = []
  for (const code of EVALUATED_INDICATORS) {
    const entry = sums.get(code)
    if (!entry) continue
    const index = itemIndex(code, entry.sum / entry.count)
    if (index === null) continue
    total += index
    items.push(code)
  }
  return { cwqi: items.length === 0 ? null : total, items }
}

export interface CwqiRow {
  name: string
  sections: number[]
  cwqi: number | null
  items: Indicator[]
  before: number | null
  /** (now − before)/before × 100; null when either side is missing. */
  changePercent: number | null
  /** 1 = best; null for units without a CWQI. */
  rank: number | null
}

/** Ranks units from the smallest CWQI (best); units without data come last, unranked. */
export function rankUnits(units: { name: string; sections: number[]; now: CwqiValue; before: CwqiValue }[]): CwqiRow[] {
  const rows: CwqiRow[] = units.map(({ name, sections, now, before }) => ({
    name,
    sections,
    cwqi: now.cwqi,
    items: now.items,
    before: before.cwqi,
    changePercent: now.cwqi !== null && before.cwqi !== null && before.cwqi !== 0 ? ((now.cwqi - before.cwqi) / before.cwqi) * 100 : null,
    rank: null,
  }))
  rows.sort((a, b) => (a.cwqi ?? Number.POSITIVE_INFINITY) - (b.cwqi ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name, 'zh'))
  let rank = 0
  for (const row of rows) if (row.cwqi !== null) row.rank = ++rank
  return rows
}
