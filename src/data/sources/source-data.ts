/**
 * The pollution-source family's tables. The small ones (alarms, river middle lines) are read once after
 * the first map; the stations' daily means (the bulk: ≈ 0.5 MB of CSV, ≈ 2.5 MB of heap at 10,000
 * sections) when stations are shown or a station card opens, so a planner who never looks at stations
 * does not carry them (issue 15 §3: heap ≤ 2 × a bare MapLibre page); the hourly values when a station
 * card asks for them. Kept outside reactivity like the features (feature-registry.ts): the sources store
 * holds only their status.
 */
import type { FeatureCollection, LineString } from 'geojson'
import type { AlarmEvent } from '@/domain/sources/alarms.ts'
import type { RiverLine } from '@/domain/sources/possible-sources.ts'
import type { StationReading } from '@/domain/sources/station-class.ts'
import { fetchJson, fetchText } from '@/data/fetch-file.ts'
import { parseAlarms, parseStationReadings } from './parse-sources.ts'

export const SOURCE_FILES = {
  alarms: 'geodata/sources/alarms.csv',
  daily: 'geodata/sources/station-daily.csv',
  hourly: 'geodata/sources/station-hourly.csv',
  riverLines: 'geodata/sources/river-lines.geojson',
} as const

export interface SourceTables {
  alarms: AlarmEvent[]
  /** Alarms per source id, in the file's order (by start). */
  alarmsBySource: Map<string, AlarmEvent[]>
  riverLines: RiverLine[]
  /** Rows skipped as unreadable, per file (reported, never guessed at). */
  skipped: { file: string; lines: number[] }[]
}

let tables: SourceTables | null = null
let daily: Map<string, StationReading[]> | null = null
const dailyReading = new Map<string, Promise<Map<string, StationReading[]>>>()
const hourly = new Map<string, Promise<Map<string, StationReading[]>>>()

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const name = key(row)
    const group = groups.get(name)
    if (group) group.push(row)
    else groups.set(name, [row])
  }
  return groups
}

export async function loadSourceTables(baseUrl: string): Promise<SourceTables> {
  const [alarmText, lines] = await Promise.all([
    fetchText(SOURCE_FILES.alarms, baseUrl),
    fetchJson<FeatureCollection<LineString>>(SOURCE_FILES.riverLines, baseUrl),
  ])
  const alarms = parseAlarms(alarmText)
  tables = {
    alarms: alarms.rows,
    alarmsBySource: groupBy(alarms.rows, (alarm) => alarm.source),
    riverLines: lines.features.map((line) => ({
      name: String(line.properties?.name),
      coordinates: line.geometry.coordinates,
      startSide: line.properties?.startSide === 'north' ? 'north' : 'west',
    })),
    skipped: [{ file: SOURCE_FILES.alarms, lines: alarms.skipped }].filter((entry) => entry.lines.length > 0),
  }
  return tables
}

/** The tables once loaded, else null. */
export function sourceTables(): SourceTables | null {
  return tables
}

/** Daily means per station id (in time order) once read, else null. */
export function stationDaily(): Map<string, StationReading[]> | null {
  return daily
}

type StationTable = Map<string, StationReading[]>

/** Reads a station table once per base URL and keeps it; a failed read is forgotten, so the next asks again. */
function readStationTableOnce(file: string, baseUrl: string, reads: Map<string, Promise<StationTable>>): Promise<StationTable> {
  let pending = reads.get(baseUrl)
  if (!pending) {
    pending = fetchText(file, baseUrl).then((text) => groupBy(parseStationReadings(text).rows, (reading) => reading.station))
    pending.catch(() => reads.delete(baseUrl))
    reads.set(baseUrl, pending)
  }
  return pending
}

/** Reads the stations' daily means once (again after a failure); a row that does not fit is skipped, as for the alarms. */
export async function loadStationDaily(baseUrl: string): Promise<StationTable> {
  daily = await readStationTableOnce(SOURCE_FILES.daily, baseUrl, dailyReading)
  return daily
}

/** Hourly values per station (the series' last month), read on first use and kept. */
export function loadStationHourly(baseUrl: string = document.baseURI): Promise<StationTable> {
  return readStationTableOnce(SOURCE_FILES.hourly, baseUrl, hourly)
}
