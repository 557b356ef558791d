// Canonical names of the coordinate systems the importer understands, and the accepted spellings.
//
// Canonical codes (what report.crs holds, what options.crs accepts):
//   'WGS84'      geographic lon/lat (EPSG:4326)
//   'CGCS2000'   geographic lon/lat on CGCS2000 (EPSG:4490); displayed as WGS84, they differ by centimetres
//   'GCJ02'      Amap/Tencent offset lon/lat;  'BD09'  Baidu offset lon/lat
//   'EPSG:3857'  Web Mercator metres
//   'EPSG:4513'…'EPSG:4533'  CGCS2000 3° Gauss–Krüger zones 25…45, zone number prefixed to the easting
//                            (zone 40 = EPSG:4528, CM 120°E; zone 41 = EPSG:4529, CM 123°E)
//   'EPSG:4534'…'EPSG:4554'  CGCS2000 3° Gauss–Krüger CM 75°E…135°E, no prefix (EPSG:4549 = CM 120°E, 4550 = 123°E)
//   'EPSG:4491'…'EPSG:4501'  CGCS2000 6° Gauss–Krüger zones 13…23 with prefix; 'EPSG:4502'…'EPSG:4512' without
//   'GK:<central meridian>'  Gauss–Krüger on any central meridian, false easting 500000 m, e.g. 'GK:121', 'GK:121.5'
//   'GK:<central meridian>:<false easting>'  same with another false easting, e.g. 'GK:120:40500000'
// All Gauss–Krüger systems use the CGCS2000 ellipsoid (GRS80 parameters), scale 1, latitude of origin 0.
// Accepted aliases (case-insensitive): 'EPSG:4326', 'WGS-84', 'EPSG:4490', 'GCJ-02', 'BD-09', 'EPSG:900913' …

export interface GaussKruger {
  centralMeridian: number
  falseEasting: number
}

const aliases: Record<string, string> = {
  wgs84: 'WGS84',
  'wgs-84': 'WGS84',
  'epsg:4326': 'WGS84',
  '4326': 'WGS84',
  cgcs2000: 'CGCS2000',
  'epsg:4490': 'CGCS2000',
  '4490': 'CGCS2000',
  gcj02: 'GCJ02',
  'gcj-02': 'GCJ02',
  gcj: 'GCJ02',
  bd09: 'BD09',
  'bd-09': 'BD09',
  bd09ll: 'BD09',
  'epsg:3857': 'EPSG:3857',
  '3857': 'EPSG:3857',
  'epsg:900913': 'EPSG:3857',
  webmercator: 'EPSG:3857',
}

/** Gauss–Krüger parameters of a canonical code, or undefined for geographic systems and Web Mercator. */
export function gaussKrugerOf(code: string): GaussKruger | undefined {
  const epsg = /^EPSG:(\d{4})$/.exec(code)
  if (epsg) {
    const number = Number(epsg[1])
    if (number >= 4513 && number <= 4533) {
      const zone = number - 4513 + 25
      return { centralMeridian: zone * 3, falseEasting: zone * 1_000_000 + 500_000 }
    }
    if (number >= 4534 && number <= 4554) return { centralMeridian: 75 + (number - 4534) * 3, falseEasting: 500_000 }
    if (number >= 4491 && number <= 4501) {
      const zone = number - 4491 + 13
      return { centralMeridian: zone * 6 - 3, falseEasting: zone * 1_000_000 + 500_000 }
    }
    if (number >= 4502 && number <= 4512) return { centralMeridian: 75 + (number - 4502) * 6, falseEasting: 500_000 }
    return undefined
  }
  const custom = /^GK:(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$/.exec(code)
  if (!custom) return undefined
  const centralMeridian = Number(custom[1])
  if (centralMeridian < -180 || centralMeridian > 180) return undefined
  return { centralMeridian, falseEasting: custom[2] === undefined ? 500_000 : Number(custom[2]) }
}

/** The canonical code for Gauss–Krüger parameters: an EPSG code where CGCS2000 defines one, else 'GK:…'. */
export function gaussKrugerCode({ centralMeridian, falseEasting }: GaussKruger): string {
  const zonePrefix = Math.floor(falseEasting / 1_000_000)
  const plain = falseEasting - zonePrefix * 1_000_000 === 500_000
  if (plain && Number.isInteger(centralMeridian)) {
    if (zonePrefix === 0 && centralMeridian % 3 === 0 && centralMeridian >= 75 && centralMeridian <= 135) {
      return `EPSG:${4534 + (centralMeridian - 75) / 3}`
    }
    if (zonePrefix >= 25 && zonePrefix <= 45 && centralMeridian === zonePrefix * 3) return `EPSG:${4513 + zonePrefix - 25}`
    if (zonePrefix >= 13 && zonePrefix <= 23 && centralMeridian === zonePrefix * 6 - 3) return `EPSG:${4491 + zonePrefix - 13}`
  }
  return falseEasting === 500_000 ? `GK:${centralMeridian}` : `GK:${centralMeridian}:${falseEasting}`
}

/** Canonical code for a user- or file-given name, or undefined if it is not one we can convert. */
export function normaliseCrs(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, '')
  const alias = aliases[text.toLowerCase()]
  if (alias) return alias
  const upper = text.toUpperCase()
  if (/^\d{4}$/.test(upper)) return normaliseCrs(`EPSG:${upper}`)
  const parameters = gaussKrugerOf(upper)
  return parameters ? gaussKrugerCode(parameters) : undefined
}

export function isGeographic(code: string): boolean {
  return code === 'WGS84' || code === 'CGCS2000' || code === 'GCJ02' || code === 'BD09'
}

/** A short Chinese description for reports and the CRS chooser. */
export function describeCrs(code: string): string {
  switch (code) {
    case 'WGS84':
      return 'WGS84 经纬度'
    case 'CGCS2000':
      return 'CGCS2000 经纬度'
    case 'GCJ02':
      return 'GCJ-02 经纬度（高德/腾讯）'
    case 'BD09':
      return 'BD-09 经纬度（百度）'
    case 'EPSG:3857':
      return 'Web 墨卡托（EPSG:3857）'
  }
  const parameters = gaussKrugerOf(code)
  if (!parameters) return code
  const prefix = Math.floor(parameters.falseEasting / 1_000_000)
  const prefixText = prefix > 0 ? `，带号 ${prefix} 加在东坐标前` : ''
  return `CGCS2000 高斯-克吕格，中央经线 ${parameters.centralMeridian}°E${prefixText}（${code}）`
}
