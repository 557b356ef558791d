/**
 * The monitoring series laid out for the assessment board: one Float64Array of values and one Uint8Array
 * of cell states per item, section-major (cell (s, m) at s * months + m), plus the class of every
 * section-month. Built once per series version; every board figure reads these arrays, so a new
 * period or group costs one pass over the chosen sections and months (issue 13 §4).
 */
import {
  buildSeriesColumns,
  CELL_KIND,
  classifyValue,
  evaluatedIndicators,
  INDICATOR_INFO,
  type Indicator,
  type MonitoringRecord,
  type SeriesColumns,
  type WaterClass,
  type Waterbody,
} from '../water-quality/index.ts'

export interface AssessmentSection {
  id: string
  name: string
  nameEn?: string
  river: string | null
  town: string | null
  /** national (国考) / municipal (市考) / district / town, or null when unknown. */
  level: string | null
  /** 考核目标; null when the register gives none (shown as "no target", never as met). */
  targetClass: WaterClass | null
  waterbody: Waterbody
}

/** Cell states. A missing cell is never a zero. */
export const CELL = { none: 0, value: 1, belowDetection: 2, stopped: 3, invalid: 4 } as const

export interface SeriesTable {
  /** Changes whenever the records change; part of the board's memo key. */
  readonly version: number
  readonly sections: readonly AssessmentSection[]
  readonly months: readonly string[]
  readonly indicators: readonly Indicator[]
  /** values[item][s * months + m]: the number for means (below detection = half the limit). */
  readonly values: ReadonlyMap<Indicator, Float64Array>
  readonly states: ReadonlyMap<Indicator, Uint8Array>
  /** Monthly class (single-factor method), 0 = no sample. */
  readonly monthlyClasses: Uint8Array
  /** 1 where the section-month was marked 停测 and had no sample. */
  readonly stopped: Uint8Array
  readonly indexOfMonth: ReadonlyMap<string, number>
  readonly indexOfSection: ReadonlyMap<string, number>
}

let nextVersion = 1

export function buildSeriesTable(sections: readonly AssessmentSection[], records: readonly MonitoringRecord[]): SeriesTable {
  return buildSeriesTableFromColumns(sections, buildSeriesColumns(records))
}

/**
 * The table read straight from the series' columns, with no record per cell: at 10,000 sections × 120
 * months, rebuilding 1.2 M records first made opening the board one 1.9 s task (issue 15 §2). Same states
 * and values as the records give: a negative value is invalid and left out of means; below detection
 * counts half its limit (0 without one); 停测 is marked; an invalid or blank cell is no sample.
 */
export function buildSeriesTableFromColumns(sections: readonly AssessmentSection[], columns: SeriesColumns | null): SeriesTable {
  const months = columns ? columns.months : []
  const monthCount = months.length
  const indexOfMonth = new Map(months.map((month, index) => [month, index]))
  const indexOfSection = new Map(sections.map((section, index) => [section.id, index]))
  const size = sections.length * monthCount
  const indicators = columns ? columns.indicators.filter((code) => code in INDICATOR_INFO) : []
  const present = new Set<Indicator>(indicators)
  const values = new Map<Indicator, Float64Array>()
  const states = new Map<Indicator, Uint8Array>()
  for (const code of indicators) {
    values.set(code, new Float64Array(size).fill(Number.NaN))
    states.set(code, new Uint8Array(size))
  }
  const stoppedMarks = new Uint8Array(size)
  if (columns) {
    for (const code of indicators) {
      const kinds = columns.kinds.get(code)!
      const { values: numbers, scale } = columns.numbers.get(code)!
      const itemStates = states.get(code)!
      const itemValues = values.get(code)!
      for (let section = 0; section < sections.length; section++) {
        const row = columns.indexOfSection.get(sections[section]!.id)
        if (row === undefined) continue
        for (let month = 0; month < monthCount; month++) {
          const from = row * monthCount + month
          const cell = section * monthCount + month
          const kind = kinds[from]
          if (kind === CELL_KIND.value) {
            const value = numbers[from]! / scale
            itemStates[cell] = value < 0 ? CELL.invalid : CELL.value
            if (value >= 0) itemValues[cell] = value
          } else if (kind === CELL_KIND.belowDetection) {
            const limit = numbers[from]! / scale
            itemStates[cell] = CELL.belowDetection
            itemValues[cell] = Number.isNaN(limit) ? 0 : limit / 2
          } else if (kind === CELL_KIND.stopped) {
            itemStates[cell] = CELL.stopped
            stoppedMarks[cell] = 1
          }
        }
      }
    }
  }
  const monthlyClasses = new Uint8Array(size)
  const stopped = new Uint8Array(size)
  for (let section = 0; section < sections.length; section++) {
    const { waterbody } = sections[section]!
    const evaluated = evaluatedIndicators(waterbody).filter((code) => present.has(code))
    for (let month = 0; month < monthCount; month++) {
      const cell = section * monthCount + month
      let worst = 0
      for (const code of evaluated) {
        const state = states.get(code)![cell]
        let itemClass = 0
        if (state === CELL.value) itemClass = classifyValue(code, values.get(code)![cell]!, waterbody)
        else if (state === CELL.belowDetection && INDICATOR_INFO[code].direction === 'max') itemClass = 1
        if (itemClass > worst) worst = itemClass
      }
      monthlyClasses[cell] = worst
      if (worst === 0 && stoppedMarks[cell] === 1) stopped[cell] = 1
    }
  }
  return { version: nextVersion++, sections, months, indicators, values, states, monthlyClasses, stopped, indexOfMonth, indexOfSection }
}

/** Index range [first, last] of the table's months inside the period, or null when the period has none. */
export function monthIndexRange(table: SeriesTable, first: string, last: string): [number, number] | null {
  let start = -1
  let end = -1
  table.months.forEach((month, index) => {
    if (month >= first && month <= last) {
      if (start < 0) start = index
      end = index
    }
  })
  return start < 0 ? null : [start, end]
}

export type { WaterClass }
