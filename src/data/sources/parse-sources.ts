/**
 * Reading the pollution-source family's tables (geodata/sources/*.csv, written by
 * scripts/geodata/sources): alarm events and station readings. Plain comma-separated text without
 * quotes (the generator writes no commas inside a cell); a row that does not fit is skipped and counted,
 * never guessed at.
 */
import type { AlarmEvent } from '@/domain/sources/alarms.ts'
import { STATION_ITEMS, type StationItem, type StationReading } from '@/domain/sources/station-class.ts'

export interface Parsed<T> {
  rows: T[]
  /** Rows skipped because a cell was missing or not a number (1-based line numbers). */
  skipped: number[]
}

const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2})?)?$/

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n')
}

export function parseAlarms(text: string): Parsed<AlarmEvent> {
  const [header, ...body] = lines(text)
  const columns = (header ?? '').split(',')
  const index = (name: string) => columns.indexOf(name)
  const at = { id: index('id'), source: index('source'), indicator: index('indicator'), start: index('start'), end: index('end'), value: index('value'), limit: index('limit'), unit: index('unit') }
  const rows: AlarmEvent[] = []
  const skipped: number[] = []
  body.forEach((line, row) => {
    if (line.trim() === '') return
    const cells = line.split(',')
    const alarm: AlarmEvent = {
      id: cells[at.id] ?? '', source: cells[at.source] ?? '', indicator: cells[at.indicator] ?? '',
      start: cells[at.start] ?? '', end: cells[at.end] ?? '', value: Number(cells[at.value]), limit: Number(cells[at.limit]), unit: cells[at.unit] ?? '',
    }
    const valid = alarm.id !== '' && alarm.source !== '' && TIME.test(alarm.start) && TIME.test(alarm.end) && alarm.end > alarm.start &&
      Number.isFinite(alarm.value) && Number.isFinite(alarm.limit)
    if (valid) rows.push(alarm)
    else skipped.push(row + 2)
  })
  return { rows, skipped }
}

/** Daily or hourly station readings: `station,date|time,<items>`; an empty cell is no value. */
export function parseStationReadings(text: string): Parsed<StationReading> {
  const [header, ...body] = lines(text)
  const columns = (header ?? '').split(',')
  const itemColumns = STATION_ITEMS.map((item) => [item, columns.indexOf(item)] as const)
  const rows: StationReading[] = []
  const skipped: number[] = []
  body.forEach((line, row) => {
    if (line.trim() === '') return
    const cells = line.split(',')
    const station = cells[0] ?? ''
    const time = cells[1] ?? ''
    const values = {} as Record<StationItem, number | null>
    let valid = station !== '' && TIME.test(time)
    for (const [item, column] of itemColumns) {
      const cell = column < 0 ? '' : (cells[column] ?? '').trim()
      const value = cell === '' ? null : Number(cell)
      if (value !== null && !Number.isFinite(value)) valid = false
      values[item] = value
    }
    if (valid) rows.push({ station, time, values })
    else skipped.push(row + 2)
  })
  return { rows, skipped }
}
