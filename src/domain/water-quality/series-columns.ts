/**
 * The monitoring series held by column (issue 15 §3): per indicator one Uint8Array of cell kinds and one
 * Float64Array of numbers (the value, or the detection limit of a value below detection; NaN when none),
 * section-major (cell (row, m) at row * months + m), with section ids and months interned once. A
 * 10,000-section × 120-month series is then a few typed arrays instead of 1.2 M record objects with
 * 4.8 M measurement objects. Records are rebuilt on demand, one cell at a time (cards, period means).
 *
 * Numbers are kept as scaled integers when every number of the item has at most 6 decimals (0.215 as
 * 215 with scale 1,000, in a Uint16Array when they fit): 2 bytes a cell instead of 8, and exact — a
 * value is stored only if `stored / scale` gives back the very same double (checked for each one), else
 * the item stays Float64. Not Float32: 0.2 in Float32 is 0.200000003, which would cross a class limit
 * of GB 3838-2002 Table 1.
 */
import { INDICATORS, type Indicator } from './indicators.ts'
import type { Measurement } from './measurement.ts'
import type { MonitoringRecord } from './class-matrix.ts'

/** Cell kinds. `absent` = the record has no such item (or there is no record). */
export const CELL_KIND = { absent: 0, value: 1, belowDetection: 2, stopped: 3, empty: 4, invalid: 5 } as const

export interface SeriesColumns {
  /** Rows: the sections asked for first (in that order), then any other section the records name. */
  readonly sectionIds: readonly string[]
  readonly indexOfSection: ReadonlyMap<string, number>
  /** Every month from the first to the last record's, without gaps. */
  readonly months: readonly string[]
  readonly indexOfMonth: ReadonlyMap<string, number>
  /** The items some record has, in GB 3838-2002 Table 1 order. */
  readonly indicators: readonly Indicator[]
  /** 1 where a record exists for the section-month. */
  readonly present: Uint8Array
  readonly kinds: ReadonlyMap<Indicator, Uint8Array>
  /** Read with numberAt: the value, or the detection limit of a value below detection. */
  readonly numbers: ReadonlyMap<Indicator, NumberColumn>
  /** The text of invalid cells (rare), by cell index. */
  readonly invalidTexts: ReadonlyMap<Indicator, ReadonlyMap<number, string>>
}

/** One item's numbers: `values[cell] / scale`. */
export interface NumberColumn {
  readonly values: Float64Array | Int32Array | Uint16Array
  readonly scale: number
}

const MAX_DECIMALS = 6

/** The smallest exact form of an item's numbers (cells whose kind carries no number are ignored). */
function compactNumbers(numbers: Float64Array, kinds: Uint8Array): NumberColumn {
  const carries = (kind: number) => kind === CELL_KIND.value || kind === CELL_KIND.belowDetection
  let decimals = 0
  for (let cell = 0; cell < numbers.length; cell++) {
    if (!carries(kinds[cell]!)) continue
    const value = numbers[cell]!
    if (!Number.isFinite(value)) return { values: numbers, scale: 1 }
    while (decimals <= MAX_DECIMALS && Math.round(value * 10 ** decimals) / 10 ** decimals !== value) decimals++
    if (decimals > MAX_DECIMALS) return { values: numbers, scale: 1 }
  }
  const scale = 10 ** decimals
  let lowest = 0
  let highest = 0
  for (let cell = 0; cell < numbers.length; cell++) {
    if (!carries(kinds[cell]!)) continue
    const scaled = Math.round(numbers[cell]! * scale)
    // Checked again at the final scale: only exact round trips are kept.
    if (scaled / scale !== numbers[cell]) return { values: numbers, scale: 1 }
    if (scaled < lowest) lowest = scaled
    if (scaled > highest) highest = scaled
  }
  let values: Int32Array | Uint16Array
  if (lowest >= 0 && highest <= 0xffff) values = new Uint16Array(numbers.length)
  else if (lowest >= -0x7fffffff && highest <= 0x7fffffff) values = new Int32Array(numbers.length)
  else return { values: numbers, scale: 1 }
  for (let cell = 0; cell < numbers.length; cell++) if (carries(kinds[cell]!)) values[cell] = Math.round(numbers[cell]! * scale)
  return { values, scale }
}

/** The number of an item in a cell (NaN when its kind carries none). */
export function numberAt(columns: SeriesColumns, code: Indicator, cell: number): number {
  const kind = columns.kinds.get(code)?.[cell]
  if (kind !== CELL_KIND.value && kind !== CELL_KIND.belowDetection) return Number.NaN
  const column = columns.numbers.get(code)!
  return column.values[cell]! / column.scale
}

/** 'YYYY-MM' → months since year 0, or null when the text is not a month. */
function monthNumber(month: string): number | null {
  if (month.length !== 7 || month[4] !== '-') return null
  const year = Number(month.slice(0, 4))
  const monthOfYear = Number(month.slice(5, 7))
  if (!Number.isInteger(year) || !Number.isInteger(monthOfYear) || monthOfYear < 1 || monthOfYear > 12) return null
  return year * 12 + monthOfYear - 1
}

function monthText(number: number): string {
  return `${String(Math.floor(number / 12)).padStart(4, '0')}-${String((number % 12) + 1).padStart(2, '0')}`
}

function kindOf(measurement: Measurement): number {
  switch (measurement.kind) {
    case 'value':
      return CELL_KIND.value
    case 'below-detection':
      return CELL_KIND.belowDetection
    case 'missing':
      return measurement.reason === 'stopped' ? CELL_KIND.stopped : CELL_KIND.empty
    case 'invalid':
      return CELL_KIND.invalid
  }
}

function numberOf(measurement: Measurement): number {
  if (measurement.kind === 'value') return measurement.value
  if (measurement.kind === 'below-detection') return measurement.detectionLimit ?? Number.NaN
  return Number.NaN
}

export interface SeriesBuilder {
  /** Adds one record; a later record for the same section-month replaces the earlier one. */
  add(record: MonitoringRecord): void
  /**
   * Adds one record given as cells: `kinds[i]` (CELL_KIND) and `numbers[i]` of item `codes[i]`, for a
   * reader that never makes a record object. Same effect as `add` with the matching measurements.
   */
  addCells(sectionId: string, month: string, codes: readonly Indicator[], kinds: ArrayLike<number>, numbers: ArrayLike<number>): void
  /** Lays the records out section × month. Null when no record had a month. */
  finish(): SeriesColumns | null
}

/**
 * Collects records one by one into growable typed arrays (nothing kept per record), so a table reader
 * can hand each row over as it goes and the row objects die young. `sectionIds` are the first rows.
 */
export function createSeriesBuilder(sectionIds: readonly string[] = []): SeriesBuilder {
  const ids = [...sectionIds]
  const indexOfSection = new Map<string, number>()
  ids.forEach((id, index) => {
    if (!indexOfSection.has(id)) indexOfSection.set(id, index)
  })
  let count = 0
  let capacity = 1024
  let rows = new Int32Array(capacity)
  let months = new Int32Array(capacity)
  const kinds = new Map<Indicator, Uint8Array>()
  const numbers = new Map<Indicator, Float64Array>()
  const invalidTexts = new Map<Indicator, Map<number, string>>()
  let firstMonth = Number.POSITIVE_INFINITY
  let lastMonth = Number.NEGATIVE_INFINITY
  // Tables list a section's rows together and name few months: the last row and each month's number
  // are remembered (the per-row lookups were 0.6 s of reading 1.16 M rows, issue 15 §4).
  let lastSectionId: string | null = null
  let lastRow = -1
  const monthNumbers = new Map<string, number | null>()

  function grow() {
    capacity *= 2
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, make: (size: number) => T): T => {
      const next = make(capacity)
      next.set(array)
      return next
    }
    rows = grown(rows, (size) => new Int32Array(size))
    months = grown(months, (size) => new Int32Array(size))
    for (const [code, array] of kinds) kinds.set(code, grown(array, (size) => new Uint8Array(size)))
    for (const [code, array] of numbers) numbers.set(code, grown(array, (size) => new Float64Array(size)))
  }

  /** Starts an entry for the section-month; false when the month is not a month. */
  function startEntry(sectionId: string, monthText: string): boolean {
    let month = monthNumbers.get(monthText)
    if (month === undefined) {
      month = monthNumber(monthText)
      monthNumbers.set(monthText, month)
    }
    if (month === null) return false
    if (count === capacity) grow()
    let row = lastSectionId === sectionId ? lastRow : indexOfSection.get(sectionId)
    if (row === undefined) {
      row = ids.length
      ids.push(sectionId)
      indexOfSection.set(sectionId, row)
    }
    lastSectionId = sectionId
    lastRow = row
    rows[count] = row
    months[count] = month
    if (month < firstMonth) firstMonth = month
    if (month > lastMonth) lastMonth = month
    return true
  }

  function columnsOf(code: Indicator): { kind: Uint8Array; number: Float64Array } {
    let kindColumn = kinds.get(code)
    if (!kindColumn) {
      kindColumn = new Uint8Array(capacity)
      kinds.set(code, kindColumn)
      numbers.set(code, new Float64Array(capacity))
    }
    return { kind: kindColumn, number: numbers.get(code)! }
  }

  return {
    addCells(sectionId, month, codes, cellKinds, cellNumbers) {
      if (!startEntry(sectionId, month)) return
      for (let item = 0; item < codes.length; item++) {
        if (cellKinds[item] === CELL_KIND.absent) continue
        const column = columnsOf(codes[item]!)
        column.kind[count] = cellKinds[item]!
        column.number[count] = cellNumbers[item]!
      }
      count++
    },
    add(record) {
      if (!startEntry(record.sectionId, record.month)) return
      for (const code in record.values) {
        const measurement = record.values[code as Indicator]
        if (!measurement) continue
        const column = columnsOf(code as Indicator)
        column.kind[count] = kindOf(measurement)
        column.number[count] = numberOf(measurement)
        if (measurement.kind === 'invalid') {
          if (!invalidTexts.has(code as Indicator)) invalidTexts.set(code as Indicator, new Map())
          invalidTexts.get(code as Indicator)!.set(count, measurement.text)
        }
      }
      count++
    },
    finish() {
      if (count === 0) return null
      const monthCount = lastMonth - firstMonth + 1
      const monthList = Array.from({ length: monthCount }, (_, index) => monthText(firstMonth + index))
      const size = ids.length * monthCount
      const present = new Uint8Array(size)
      const indicators = INDICATORS.filter((code) => kinds.has(code))
      const denseKinds = new Map(indicators.map((code) => [code, new Uint8Array(size)]))
      const denseNumbers = new Map(indicators.map((code) => [code, new Float64Array(size).fill(Number.NaN)]))
      const denseTexts = new Map<Indicator, Map<number, string>>()
      const columns = indicators.map((code) => ({ code, kind: kinds.get(code)!, number: numbers.get(code)!, denseKind: denseKinds.get(code)!, denseNumber: denseNumbers.get(code)! }))
      for (let entry = 0; entry < count; entry++) {
        const cell = rows[entry]! * monthCount + (months[entry]! - firstMonth)
        present[cell] = 1
        // Every item is written, absent ones too: a later record replaces the whole earlier one.
        for (const column of columns) {
          column.denseKind[cell] = column.kind[entry]!
          column.denseNumber[cell] = column.kind[entry] === CELL_KIND.absent ? Number.NaN : column.number[entry]!
        }
      }
      for (const [code, texts] of invalidTexts) {
        const dense = new Map<number, string>()
        for (const [entry, text] of texts) {
          const cell = rows[entry]! * monthCount + (months[entry]! - firstMonth)
          if (denseKinds.get(code)![cell] === CELL_KIND.invalid) dense.set(cell, text)
        }
        denseTexts.set(code, dense)
      }
      return {
        sectionIds: ids,
        indexOfSection,
        months: monthList,
        indexOfMonth: new Map(monthList.map((month, index) => [month, index])),
        indicators,
        present,
        kinds: denseKinds,
        numbers: new Map(indicators.map((code) => [code, compactNumbers(denseNumbers.get(code)!, denseKinds.get(code)!)])),
        invalidTexts: denseTexts,
      }
    },
  }
}

export function buildSeriesColumns(records: readonly MonitoringRecord[], sectionIds: readonly string[] = []): SeriesColumns | null {
  const builder = createSeriesBuilder(sectionIds)
  for (const record of records) builder.add(record)
  return builder.finish()
}

/** The measurement of one item in one cell, as the record had it (undefined when absent). */
export function measurementAt(columns: SeriesColumns, code: Indicator, cell: number): Measurement | undefined {
  const kind = columns.kinds.get(code)?.[cell] ?? CELL_KIND.absent
  const number = numberAt(columns, code, cell)
  switch (kind) {
    case CELL_KIND.value:
      return { kind: 'value', value: number }
    case CELL_KIND.belowDetection:
      return { kind: 'below-detection', detectionLimit: Number.isNaN(number) ? null : number }
    case CELL_KIND.stopped:
      return { kind: 'missing', reason: 'stopped' }
    case CELL_KIND.empty:
      return { kind: 'missing', reason: 'empty' }
    case CELL_KIND.invalid:
      return { kind: 'invalid', text: columns.invalidTexts.get(code)?.get(cell) ?? '' }
    default:
      return undefined
  }
}

/** The values of a cell (row, monthIndex) as a record's `values`, or null when there is no record. */
export function valuesAt(columns: SeriesColumns, row: number, monthIndex: number): MonitoringRecord['values'] | null {
  if (row < 0 || monthIndex < 0 || row >= columns.sectionIds.length || monthIndex >= columns.months.length) return null
  const cell = row * columns.months.length + monthIndex
  if (columns.present[cell] !== 1) return null
  const values: MonitoringRecord['values'] = {}
  for (const code of columns.indicators) {
    const measurement = measurementAt(columns, code, cell)
    if (measurement) values[code] = measurement
  }
  return values
}

export function recordAt(columns: SeriesColumns, sectionId: string, month: string): MonitoringRecord | undefined {
  const row = columns.indexOfSection.get(sectionId)
  const monthIndex = columns.indexOfMonth.get(month)
  if (row === undefined || monthIndex === undefined) return undefined
  const values = valuesAt(columns, row, monthIndex)
  return values ? { sectionId, month, values } : undefined
}

/** Every record, section by section and month by month (for merging and for the board's table). */
export function recordsOfColumns(columns: SeriesColumns): MonitoringRecord[] {
  const records: MonitoringRecord[] = []
  for (let row = 0; row < columns.sectionIds.length; row++) {
    for (let monthIndex = 0; monthIndex < columns.months.length; monthIndex++) {
      const values = valuesAt(columns, row, monthIndex)
      if (values) records.push({ sectionId: columns.sectionIds[row]!, month: columns.months[monthIndex]!, values })
    }
  }
  return records
}
