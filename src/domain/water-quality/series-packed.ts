/**
 * The series' columns as plain data, for what crosses a boundary: a worker's message and the planner's
 * imported table saved in IndexedDB. Lists instead of Maps, no lookup tables (they are rebuilt on read),
 * the typed arrays as they are (structured clone copies them as memory, not as millions of objects).
 * A value read back from storage is checked before it is trusted: the lengths must fit the axes.
 */
import { isMonth } from '../time/month.ts'
import { INDICATORS, type Indicator } from './indicators.ts'
import type { NumberColumn, SeriesColumns } from './series-columns.ts'

export interface PackedSeries {
  sectionIds: string[]
  months: string[]
  /** In GB 3838-2002 Table 1 order; `kinds`, `numbers` and `invalidTexts` follow it. */
  indicators: Indicator[]
  present: Uint8Array
  kinds: Uint8Array[]
  numbers: { values: Float64Array | Int32Array | Uint16Array; scale: number }[]
  /** [cell, text] of the invalid cells of each item. */
  invalidTexts: [number, string][][]
}

export function packSeriesColumns(columns: SeriesColumns): PackedSeries {
  return {
    sectionIds: [...columns.sectionIds],
    months: [...columns.months],
    indicators: [...columns.indicators],
    present: columns.present,
    kinds: columns.indicators.map((code) => columns.kinds.get(code)!),
    numbers: columns.indicators.map((code) => {
      const column = columns.numbers.get(code)!
      return { values: column.values, scale: column.scale }
    }),
    invalidTexts: columns.indicators.map((code) => [...(columns.invalidTexts.get(code) ?? new Map<number, string>())]),
  }
}

export function unpackSeriesColumns(packed: PackedSeries): SeriesColumns {
  return {
    sectionIds: packed.sectionIds,
    indexOfSection: new Map(packed.sectionIds.map((id, index) => [id, index])),
    months: packed.months,
    indexOfMonth: new Map(packed.months.map((month, index) => [month, index])),
    indicators: packed.indicators,
    present: packed.present,
    kinds: new Map(packed.indicators.map((code, index) => [code, packed.kinds[index]!])),
    numbers: new Map(packed.indicators.map((code, index): [Indicator, NumberColumn] => [code, packed.numbers[index]!])),
    invalidTexts: new Map(packed.indicators.map((code, index) => [code, new Map(packed.invalidTexts[index] ?? [])])),
  }
}

/**
 * The memory behind typed arrays, each buffer once, to hand to or from a worker without a copy (a
 * SharedArrayBuffer cannot be transferred and is left out).
 */
export function transferableBuffers(views: readonly ArrayBufferView[]): ArrayBuffer[] {
  return [...new Set(views.map((view) => view.buffer))].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer)
}

/** The typed arrays of a packed series. */
export function packedArrays(packed: PackedSeries): ArrayBufferView[] {
  return [packed.present, ...packed.kinds, ...packed.numbers.map((numbers) => numbers.values)]
}

function isNumberArray(value: unknown): value is Float64Array | Int32Array | Uint16Array {
  return value instanceof Float64Array || value instanceof Int32Array || value instanceof Uint16Array
}

/**
 * What is wrong with a value that should be a packed series (a field name), or null when it can be
 * unpacked: a saved value may come from a damaged database or an older bug, and is never trusted blindly.
 */
export function packedSeriesProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'columns'
  const packed = value as Partial<Record<keyof PackedSeries, unknown>>
  if (!Array.isArray(packed.sectionIds) || !packed.sectionIds.every((id) => typeof id === 'string')) return 'sectionIds'
  if (!Array.isArray(packed.months) || !packed.months.every(isMonth)) return 'months'
  if (!Array.isArray(packed.indicators) || !packed.indicators.every((code) => INDICATORS.includes(code as Indicator))) return 'indicators'
  const cells = packed.sectionIds.length * packed.months.length
  const items = packed.indicators.length
  if (!(packed.present instanceof Uint8Array) || packed.present.length !== cells) return 'present'
  if (!Array.isArray(packed.kinds) || packed.kinds.length !== items || !packed.kinds.every((kinds) => kinds instanceof Uint8Array && kinds.length === cells)) return 'kinds'
  const numbersFit = (numbers: unknown) => {
    const column = numbers as { values?: unknown; scale?: unknown } | null
    return typeof column === 'object' && column !== null && isNumberArray(column.values) && column.values.length === cells && typeof column.scale === 'number' && column.scale > 0
  }
  if (!Array.isArray(packed.numbers) || packed.numbers.length !== items || !packed.numbers.every(numbersFit)) return 'numbers'
  if (!Array.isArray(packed.invalidTexts) || packed.invalidTexts.length !== items || !packed.invalidTexts.every((texts) => Array.isArray(texts))) return 'invalidTexts'
  return null
}
