// Finds the coordinate columns of a table by header name and reads coordinate cells. Accepted headers
// (case-insensitive; spaces, "_", "-", "." and bracketed notes such as "(GCJ02)" or "（°）" ignored):
//   longitude: lon, lng, long, longitude, 经度, 东经        latitude: lat, latitude, 纬度, 北纬
//   easting:   x, x坐标, xcoord, pointx, easting, 东坐标, 横坐标
//   northing:  y, y坐标, ycoord, pointy, northing, 北坐标, 纵坐标
// A lon/lat pair wins over an x/y pair. Chinese survey tables often label the northing "X" (GB/T 18314
// and surveying practice: X axis to the north), so x/y values are swapped when they clearly are the wrong
// way round, with a warning.
import { bilingual } from '../errors.ts'
import { median } from '../crs/detect-values.ts'

const longitudeNames = ['lon', 'lng', 'long', 'longitude', '经度', '东经']
const latitudeNames = ['lat', 'latitude', '纬度', '北纬']
const eastingNames = ['x', 'x坐标', 'xcoord', 'xcoordinate', 'pointx', 'easting', '东坐标', '横坐标']
const northingNames = ['y', 'y坐标', 'ycoord', 'ycoordinate', 'pointy', 'northing', '北坐标', '纵坐标']

export const acceptedColumnNames = [...longitudeNames, ...latitudeNames, ...eastingNames, ...northingNames]

export interface CoordinateColumns {
  x: number
  y: number
  kind: 'lonlat' | 'xy'
}

const openers = new Set(['(', '（', '[', '【'])
const closers = new Set([')', '）', ']', '】'])

/**
 * Drops bracketed notes ("(GCJ02)", "（°）") in one pass: text from an opening bracket to the next
 * closing one goes, an opening bracket never closed stays. Linear; the regex it replaces backtracked on
 * a cell of 300,000 "(" (112 s).
 */
function withoutBracketNotes(text: string): string {
  let out = ''
  let open = -1
  let kept = 0
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string
    if (open < 0 && openers.has(char)) open = index
    else if (open >= 0 && closers.has(char)) {
      out += text.slice(kept, open)
      kept = index + 1
      open = -1
    }
  }
  return out + text.slice(kept)
}

export function normaliseHeader(header: string): string {
  return withoutBracketNotes(header.toLowerCase())
    .replace(/gcj[-_ ]?0?2|bd[-_ ]?0?9|wgs[-_ ]?84|cgcs[-_ ]?2000/g, '')
    .replace(/[\s_\-.:：]/g, '')
}

function find(headers: string[], names: string[]): number {
  return headers.findIndex((header) => names.includes(header))
}

export function findCoordinateColumns(headers: string[]): CoordinateColumns | undefined {
  const normalised = headers.map(normaliseHeader)
  const lon = find(normalised, longitudeNames)
  const lat = find(normalised, latitudeNames)
  if (lon !== -1 && lat !== -1) return { x: lon, y: lat, kind: 'lonlat' }
  const x = find(normalised, eastingNames)
  const y = find(normalised, northingNames)
  if (x !== -1 && y !== -1) return { x, y, kind: 'xy' }
  return undefined
}

const degreesMinutesSeconds =
  /^([-+]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′’分]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″”]|''|秒)\s*)?([NSEW东西南北])?$/i

/** A coordinate cell as a number: plain or grouped decimals, or degrees/minutes/seconds (121°28′25.3″E). */
export function readCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!text) return undefined
  const grouped = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(grouped)) return Number(grouped)
  const dms = degreesMinutesSeconds.exec(text)
  if (!dms) return Number.NaN
  const sign = dms[1]?.startsWith('-') || /[SW西南]/i.test(dms[4] ?? '') ? -1 : 1
  const degrees = Math.abs(Number(dms[1])) + Number(dms[2] ?? 0) / 60 + Number(dms[3] ?? 0) / 3600
  return sign * degrees
}

function between(value: number, low: number, high: number): boolean {
  return value >= low && value <= high
}

/** Whether the two columns hold their values the wrong way round, judged on the medians. */
export function columnsSwapped(kind: CoordinateColumns['kind'], xs: number[], ys: number[]): string | undefined {
  if (!xs.length) return undefined
  const x = median(xs)
  const y = median(ys)
  if (kind === 'lonlat' && between(x, 3, 54) && between(y, 73, 136)) {
    return bilingual('经度列和纬度列的数值像是填反了，已对调', 'longitude and latitude columns look swapped; they were exchanged')
  }
  const easting = (value: number) => between(value, 100_000, 900_000) || (between(value % 1_000_000, 100_000, 900_000) && between(value, 13_000_000, 46_000_000))
  if (kind === 'xy' && between(x, 2_000_000, 6_500_000) && easting(y)) {
    return bilingual('X 列是北坐标、Y 列是东坐标（测量习惯），已对调', 'the X column holds northings and Y eastings (surveying convention); they were exchanged')
  }
  return undefined
}
