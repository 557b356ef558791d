// Guesses the coordinate system from the numbers alone. Works on the median position so that a few
// stray points do not spoil the guess (they are rejected later as out of range instead).
// Ranges: lon/lat of China ~73–136 / 3–54; Gauss–Krüger eastings 100–900 km from a false easting of
// 500 km, northings of China 0.3–6 million m; a 3° zone prefix makes eastings 25–45 million (zones 25–45),
// a 6° prefix 13–23 million; Web Mercator x of China is 8.1–15.2 million m.
import { bilingual } from '../errors.ts'
import { describeCrs, gaussKrugerCode } from './codes.ts'
import { converterToWgs84, gaussKrugerDefinition } from './projection.ts'
import proj4 from 'proj4'

export interface ValueGuess {
  crs: string
  warnings: string[]
}

/** Shanghai's bounding box (WGS84), used to choose a central meridian for unprefixed Gauss–Krüger values. */
export const shanghaiBounds = { west: 120.85, south: 30.66, east: 122.2, north: 31.9 } as const
const shanghaiCentre: [number, number] = [121.47, 31.23]
/** Central meridians in use around Shanghai: the 3° zones 120°E and 123°E and local 121°E / 121.5°E grids. */
const candidateMeridians = [120, 121, 121.5, 123]

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function insideShanghai([lon, lat]: [number, number]): boolean {
  return lon >= shanghaiBounds.west && lon <= shanghaiBounds.east && lat >= shanghaiBounds.south && lat <= shanghaiBounds.north
}

function guessMeridian(x: number, y: number): ValueGuess {
  const tried = candidateMeridians.map((centralMeridian) => {
    const [lon, lat] = proj4(gaussKrugerDefinition(centralMeridian, 500_000), 'WGS84').forward([x, y])
    const position: [number, number] = [lon ?? Number.NaN, lat ?? Number.NaN]
    const distance = Math.hypot(position[0] - shanghaiCentre[0], position[1] - shanghaiCentre[1])
    return { centralMeridian, inside: insideShanghai(position), distance }
  })
  const inside = tried.filter((candidate) => candidate.inside)
  const pool = inside.length ? inside : tried
  const best = pool.reduce((a, b) => (b.distance < a.distance ? b : a))
  const crs = gaussKrugerCode({ centralMeridian: best.centralMeridian, falseEasting: 500_000 })
  const others = inside.filter((candidate) => candidate !== best).map((candidate) => `${candidate.centralMeridian}°E`)
  const warnings = [
    bilingual(
      `坐标像无带号的高斯-克吕格坐标，中央经线是推测的：${best.centralMeridian}°E（${crs}）${others.length ? `；${others.join('、')} 也落在上海范围内` : ''}${inside.length ? '' : '；没有一个候选落在上海范围内'}，请核对或手动指定坐标系`,
      `values look like Gauss–Krüger without a zone prefix; the central meridian ${best.centralMeridian}°E is a guess${others.length ? ` (${others.join(', ')} would also land in Shanghai)` : ''}${inside.length ? '' : ' and no candidate lands in Shanghai'}; check it or choose the system`,
    ),
  ]
  return { crs, warnings }
}

/** The most likely system for these positions, or undefined if the numbers fit none of the ranges. */
export function crsFromValues(positions: [number, number][]): ValueGuess | undefined {
  if (!positions.length) return undefined
  const x = median(positions.map((position) => position[0]))
  const y = median(positions.map((position) => position[1]))
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return { crs: 'WGS84', warnings: [] }
  const prefix = Math.floor(x / 1_000_000)
  const easting = x - prefix * 1_000_000
  const plausibleEasting = easting >= 100_000 && easting <= 900_000
  const plausibleNorthing = y >= 300_000 && y <= 6_500_000
  if (prefix >= 25 && prefix <= 45 && plausibleEasting && plausibleNorthing) {
    const crs = gaussKrugerCode({ centralMeridian: prefix * 3, falseEasting: prefix * 1_000_000 + 500_000 })
    return { crs, warnings: [bilingual(`按坐标值识别为 ${describeCrs(crs)}`, `detected from the values as ${crs}`)] }
  }
  if (x >= 8_100_000 && x <= 15_200_000 && y >= 330_000 && y <= 7_200_000) {
    return { crs: 'EPSG:3857', warnings: [bilingual('按坐标值识别为 Web 墨卡托（EPSG:3857）', 'detected from the values as Web Mercator (EPSG:3857)')] }
  }
  if (prefix >= 16 && prefix <= 23 && plausibleEasting && plausibleNorthing) {
    const crs = gaussKrugerCode({ centralMeridian: prefix * 6 - 3, falseEasting: prefix * 1_000_000 + 500_000 })
    return { crs, warnings: [bilingual(`按坐标值识别为 6° 带 ${describeCrs(crs)}`, `detected from the values as the 6° zone ${crs}`)] }
  }
  if (prefix === 0 && plausibleEasting && plausibleNorthing) return guessMeridian(x, y)
  return undefined
}

/** True if the converted median position is far from Shanghai; used for a "check the system" warning. */
export function farFromShanghai(code: string, x: number, y: number): boolean {
  const convert = converterToWgs84(code)
  if (!convert) return false
  const [lon, lat] = convert(x, y)
  return !(lon >= shanghaiBounds.west - 1 && lon <= shanghaiBounds.east + 1 && lat >= shanghaiBounds.south - 1 && lat <= shanghaiBounds.north + 1)
}
