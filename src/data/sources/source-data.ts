/**
 * The pollution-source family's tables, read once after the first map (alarms, station daily means,
 * river middle lines) and on first use (hourly values, when a station card opens). Kept outside
 * reactivity like the features (feature-registry.ts): the sources store holds only their status.
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
  /** Daily means per station id, in time order. */
  dailyByStation: Map<string, StationReading[]>
  riverLines: RiverLine[]
  /** Rows skipped as unreadable, per file (reported, never guessed at). */
  skipped: { file: string; lines: number[] }[]
}

let tables: SourceTables | null = null
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
  const [alarmText, dailyText, lines] = await Promise.all([
    fetchText(SOURCE_FILES.alarms, baseUrl),
    fetchText(SOURCE_FILES.daily, baseUrl),
    fetchJson<FeatureCollection<LineString>>(SOURCE_FILES.riverLines, baseUrl),
  ])
  const alarms = parseAlarms(alarmText)
  const daily = parseStationReadings(dailyText)
  tables = {
    alarms: alarms.rows,
    alarmsBySource: groupBy(alarms.rows, (alarm) => alarm.source),
    dailyByStation: groupBy(daily.rows, (reading) => reading.station),
    riverLines: lines.features.map((line) => ({
      name: String(line.properties?.name),
      coordinates: line.geometry.coordinates,
      startSide: line.properties?.startSide === 'north' ? 'north' : 'west',
    })),
    skipped: [
      { file: SOURCE_FILES.alarms, lines: alarms.skipped },
      { file: SOURCE_FILES.daily, lines: daily.skipped },
    ].filter((entry) => entry.lines.length > 0),
  }
  return tables
}

/** The tables once loaded, else null. */
export function sourceTables(): SourceTables | null {
  return tables
}

/** Hourly values per station (the series' last month), read on first use and kept. */
export function loadStationHourly(baseUrl: string = document.baseURI): Promise<Map<string, StationReading[]>> {
  let pending = hourly.get(baseUrl)
  if (!pending) {
    pending = fetchText(SOURCE_FILES.hourly, baseUrl).then((text) => groupBy(parseStationReadings(text).rows, (reading) => reading.station))
    pending.catch(() => hourly.delete(baseUrl))
    hourly.set(baseUrl, pending)
  }
  return pending
}
