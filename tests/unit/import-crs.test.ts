// Coordinate transforms and coordinate-system detection, checked against published or independently
// computed values rather than against the code under test.
import proj4 from 'proj4'
import { describe, expect, it } from 'vitest'
import { bd09ToGcj02, bd09ToWgs84, gcj02ToBd09, gcj02ToWgs84, wgs84ToBd09, wgs84ToGcj02 } from '@/data/import/crs/chinese-offsets.ts'
import { gaussKrugerOf, normaliseCrs } from '@/data/import/crs/codes.ts'
import { crsFromPrj } from '@/data/import/crs/detect-prj.ts'
import { crsFromValues } from '@/data/import/crs/detect-values.ts'
import { converterToWgs84 } from '@/data/import/crs/projection.ts'

/** Metres between two lon/lat positions, small distances (equirectangular). */
function metres([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const radians = Math.PI / 180
  const x = ((lon2 as number) - (lon1 as number)) * radians * Math.cos((((lat1 as number) + (lat2 as number)) / 2) * radians)
  const y = ((lat2 as number) - (lat1 as number)) * radians
  return Math.hypot(x, y) * 6_371_000
}

describe('GCJ-02 and BD-09', () => {
  it("moves People's Square to its published GCJ-02 position (within 1 m)", () => {
    expect(metres(wgs84ToGcj02(121.4737, 31.2304), [121.47822, 31.22846])).toBeLessThan(1)
  })

  it('leaves positions outside China unchanged', () => {
    expect(wgs84ToGcj02(139.69, 35.69)).toEqual([139.69, 35.69])
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85])
  })

  // BD-09 references from the published forward formula applied by hand: z, θ with x_pi = π·3000/180.
  it.each([
    [121.47822, 31.22846],
    [121.4745, 30.9182],
    [116.397, 39.909],
  ])('BD-09 of GCJ-02 %f,%f matches the published formula', (lon, lat) => {
    const xPi = (Math.PI * 3000) / 180
    const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * xPi)
    const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * xPi)
    expect(metres(gcj02ToBd09(lon, lat), [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006])).toBeLessThan(0.01)
  })

  it.each([
    [121.4737, 31.2304],
    [121.4745, 30.9182],
    [121.9, 30.7],
    [87.6, 43.8],
  ])('round-trips %f,%f through GCJ-02 and BD-09 to better than 1e-7°', (lon, lat) => {
    const [gcjLon, gcjLat] = wgs84ToGcj02(lon, lat)
    const back = gcj02ToWgs84(gcjLon, gcjLat)
    expect(Math.abs(back[0] - lon)).toBeLessThan(1e-7)
    expect(Math.abs(back[1] - lat)).toBeLessThan(1e-7)
    const [bdLon, bdLat] = wgs84ToBd09(lon, lat)
    const fromBaidu = bd09ToWgs84(bdLon, bdLat)
    expect(Math.abs(fromBaidu[0] - lon)).toBeLessThan(1e-7)
    expect(Math.abs(fromBaidu[1] - lat)).toBeLessThan(1e-7)
    const gcj = bd09ToGcj02(bdLon, bdLat)
    expect(Math.abs(gcj[0] - gcjLon)).toBeLessThan(1e-7)
  })
})

describe('Gauss–Krüger (CGCS2000)', () => {
  /** Meridian arc length of GRS80 by Simpson integration: an independent check of the northing. */
  function meridianArc(latitude: number): number {
    const a = 6378137
    const flattening = 1 / 298.257222101
    const e2 = flattening * (2 - flattening)
    const steps = 20_000
    const end = (latitude * Math.PI) / 180
    const h = end / steps
    let sum = 0
    for (let index = 0; index <= steps; index += 1) {
      const phi = index * h
      const weight = index === 0 || index === steps ? 1 : index % 2 ? 4 : 2
      sum += (weight * a * (1 - e2)) / (1 - e2 * Math.sin(phi) ** 2) ** 1.5
    }
    return (sum * h) / 3
  }

  it.each([
    ['EPSG:4549', 120, 500_000],
    ['EPSG:4528', 120, 40_500_000],
    ['EPSG:4550', 123, 500_000],
    ['EPSG:4529', 123, 41_500_000],
    ['GK:121.5', 121.5, 500_000],
  ])('%s puts the central-meridian point at the false easting and the meridian arc', (code, meridian, falseEasting) => {
    const toWgs84 = converterToWgs84(code)!
    const northing = meridianArc(31)
    expect(meridianArc(31)).toBeCloseTo(3_430_974.32, 1)
    const [lon, lat] = toWgs84(falseEasting, northing)
    expect(metres([lon, lat], [meridian, 31])).toBeLessThan(0.01)
  })

  it('agrees with proj4 and EPSG parameters off the central meridian (Fengxian, zone 41)', () => {
    const forward = proj4('WGS84', '+proj=tmerc +lat_0=0 +lon_0=123 +k=1 +x_0=41500000 +y_0=0 +ellps=GRS80 +units=m')
    const [x, y] = forward.forward([121.4745, 30.9182])
    expect(metres(converterToWgs84('EPSG:4529')!(x as number, y as number), [121.4745, 30.9182])).toBeLessThan(0.01)
  })
})

describe('coordinate-system names', () => {
  it.each([
    ['wgs84', 'WGS84'],
    ['EPSG:4326', 'WGS84'],
    ['epsg:4490', 'CGCS2000'],
    ['GCJ-02', 'GCJ02'],
    ['bd09', 'BD09'],
    ['EPSG:900913', 'EPSG:3857'],
    ['4549', 'EPSG:4549'],
    ['GK:120', 'EPSG:4549'],
    ['GK:123:41500000', 'EPSG:4529'],
    ['gk:121.5', 'GK:121.5'],
    ['GK:121', 'GK:121'],
    ['EPSG:32651', undefined],
    ['GK:500', undefined],
    ['<script>', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normaliseCrs(input)).toBe(expected)
  })

  it('maps the EPSG Gauss–Krüger ranges to their meridians', () => {
    expect(gaussKrugerOf('EPSG:4528')).toEqual({ centralMeridian: 120, falseEasting: 40_500_000 })
    expect(gaussKrugerOf('EPSG:4550')).toEqual({ centralMeridian: 123, falseEasting: 500_000 })
    expect(gaussKrugerOf('EPSG:4499')).toEqual({ centralMeridian: 123, falseEasting: 21_500_000 })
  })
})

describe('detection', () => {
  const wkt = (name: string, meridian: number, falseEasting: number, scale = 1) =>
    `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${meridian}],PARAMETER["Scale_Factor",${scale}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`

  it.each([
    [wkt('CGCS2000_3_Degree_GK_CM_120E', 120, 500000), 'EPSG:4549'],
    [wkt('CGCS2000_3_Degree_GK_Zone_41', 123, 41500000), 'EPSG:4529'],
    [wkt('local', 121.5, 500000), 'GK:121.5'],
    [wkt('WGS_1984_UTM_Zone_51N', 123, 500000, 0.9996), undefined],
    ['GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000"]]', 'CGCS2000'],
    ['GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]', 'WGS84'],
    ['PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"],PROJECTION["Mercator_Auxiliary_Sphere"]]', 'EPSG:3857'],
  ])('.prj %# → %s', (text, expected) => {
    expect(crsFromPrj(text).crs).toBe(expected)
  })

  it('warns that a Xian 1980 .prj is converted without a datum shift', () => {
    expect(crsFromPrj(wkt('Xian_1980_3_Degree_GK_CM_120E', 120, 500000).replace(/China_2000|CGCS2000|China_Geodetic_Coordinate_System_2000/g, 'Xian_1980')).warnings.join()).toMatch(/西安80/)
  })

  it.each([
    [[[121.47, 30.92]], 'WGS84'],
    [[[41_546_000, 3_421_000]], 'EPSG:4529'],
    [[[40_640_000, 3_421_000]], 'EPSG:4528'],
    [[[13_522_000, 3_625_000]], 'EPSG:3857'],
    [[[545_000, 3_421_000]], 'GK:121'],
    [[[355_000, 3_421_000]], 'EPSG:4550'],
    [[[5, 5e9]], undefined],
  ])('values %j → %s', (positions, expected) => {
    expect(crsFromValues(positions as [number, number][])?.crs).toBe(expected)
  })

  it('judges by the median, so one stray point does not change the answer', () => {
    expect(crsFromValues([[121.4, 30.9], [121.5, 30.8], [41_546_000, 3_421_000]])?.crs).toBe('WGS84')
  })
})
