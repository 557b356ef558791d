// Reads the coordinate system out of a Shapefile .prj (ESRI WKT) or any OGC WKT text. Only the pieces
// that decide our conversion are read: projection kind, central meridian, false easting and datum.
import { bilingual } from '../errors.ts'
import { gaussKrugerCode } from './codes.ts'

export interface PrjResult {
  /** Canonical code, or undefined when the .prj names a system we do not convert. */
  crs?: string
  /** Name from the WKT, for messages. */
  name: string
  warnings: string[]
}

function parameter(wkt: string, name: string): number | undefined {
  const match = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.]+(?:[eE][-+]?\\d+)?)`, 'i').exec(wkt)
  return match ? Number(match[1]) : undefined
}

function firstName(wkt: string): string {
  return /^\s*\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60)
}

/** Datums other than CGCS2000/WGS84 would need a datum shift we do not apply (tens of metres to ~100 m). */
function datumWarnings(wkt: string): string[] {
  if (/beijing|xian|xi'an|krasovsky|krassowsky|IAG_1975/i.test(wkt)) {
    return [
      bilingual(
        '.prj 使用北京54或西安80坐标系；已按 CGCS2000 换算，未做基准转换，位置可能偏差数十米',
        '.prj uses Beijing 1954 or Xian 1980; converted as CGCS2000 without a datum shift, positions may be tens of metres off',
      ),
    ]
  }
  return []
}

/**
 * The WKT's ellipsoid is the Earth's: semi-major axis within 6,370–6,380 km (WGS 84 and GRS 80 6,378,137 m,
 * Krasovsky 6,378,245 m, IAG 1975 6,378,140 m). A WKT without SPHEROID/ELLIPSOID is judged by its names.
 */
function onEarthEllipsoid(wkt: string): boolean {
  const axis = /(?:SPHEROID|ELLIPSOID)\[\s*"[^"]*"\s*,\s*([\d.]+(?:[eE][-+]?\d+)?)/i.exec(wkt)?.[1]
  if (axis === undefined) return true
  const metres = Number(axis)
  return metres >= 6_370_000 && metres <= 6_380_000
}

export function crsFromPrj(wkt: string): PrjResult {
  const name = firstName(wkt)
  const warnings = datumWarnings(wkt)
  const text = wkt.trim()
  if (!/^(PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\[/i.test(text)) return { name, warnings }
  const projected = /^PROJ/i.test(text)
  // Only the Earth's datums we know are converted; another body's or an unknown datum is refused, not taken
  // as WGS84 (a .prj for Mars was read as WGS84).
  if (!onEarthEllipsoid(text)) return { name, warnings }
  if (!projected) {
    if (/China_2000|CGCS.?2000|China Geodetic Coordinate System 2000/i.test(text)) return { crs: 'CGCS2000', name, warnings }
    if (/WGS.?(19)?84|GRS.?(19)?80|World Geodetic System 1984/i.test(text) || datumWarnings(text).length > 0) return { crs: 'WGS84', name, warnings }
    return { name, warnings }
  }
  if (/Pseudo.?Mercator|Web_Mercator|Mercator_Auxiliary_Sphere|Popular_Visualisation/i.test(text)) {
    return { crs: 'EPSG:3857', name, warnings }
  }
  if (/Transverse_Mercator|Gauss_Kruger|Gauss-Kruger|Transverse Mercator/i.test(text)) {
    const centralMeridian = parameter(text, 'central_meridian') ?? parameter(text, 'Longitude of natural origin')
    const falseEasting = parameter(text, 'false_easting') ?? parameter(text, 'False easting') ?? 500_000
    const scale = parameter(text, 'scale_factor') ?? 1
    const falseNorthing = parameter(text, 'false_northing') ?? 0
    const latitudeOfOrigin = parameter(text, 'latitude_of_origin') ?? 0
    if (centralMeridian === undefined || Math.abs(scale - 1) > 1e-9 || falseNorthing !== 0 || latitudeOfOrigin !== 0) {
      // UTM (scale 0.9996) and local grids with another origin are not Gauss–Krüger as we define it.
      return { name, warnings }
    }
    return { crs: gaussKrugerCode({ centralMeridian, falseEasting }), name, warnings }
  }
  return { name, warnings }
}
