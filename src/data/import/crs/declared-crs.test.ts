/** Issue #14 §7: a coordinate system a file declares is honoured or refused, the same way in every format. */
import { describe, expect, it } from 'vitest'
import { importFile, ImportError } from '../index.ts'
import { crsFromPrj } from './detect-prj.ts'

function geojsonWithCrs(name: string, coordinates: [number, number]): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name } },
      features: [{ type: 'Feature', properties: { 名称: '甲' }, geometry: { type: 'Point', coordinates } }],
    }),
  )
}

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await importFile(name, bytes).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('a GeoJSON "crs" member', () => {
  it('naming UTM 51N (EPSG:32651) is refused by name, not guessed as a Gauss–Krüger zone', async () => {
    // 121.5° E, 30.9° N in UTM 51N: inside the range the value detector would take as Gauss–Krüger.
    const error = await refusal('utm.geojson', geojsonWithCrs('urn:ogc:def:crs:EPSG::32651', [355_000, 3_419_500]))
    expect(error.code).toBe('unknown-crs')
    expect(error.message).toContain('utm.geojson')
    expect(error.message).toContain('EPSG::32651')
  })

  it('naming CGCS2000 3° zone 41 (EPSG:4529) is honoured', async () => {
    const result = await importFile('gk.geojson', geojsonWithCrs('EPSG:4529', [41_356_600, 3_419_300]))
    expect(result.report.crs).toBe('EPSG:4529')
    const [longitude, latitude] = (result.features.features[0]!.geometry as { coordinates: number[] }).coordinates
    expect(longitude).toBeCloseTo(121.5, 1)
    expect(latitude).toBeCloseTo(30.9, 1)
  })

  it('without a name is refused rather than ignored', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'link', properties: { href: 'x.prj' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.5, 30.9] } }] }))
    expect((await refusal('link.geojson', bytes)).code).toBe('unknown-crs')
  })
})

describe('a .prj', () => {
  const mars =
    'GEOGCS["Mars 2000",DATUM["D_Mars_2000",SPHEROID["Mars_2000_IAU_IAG",3396190.0,169.8944472236118]],PRIMEM["Reference_Meridian",0.0],UNIT["Degree",0.0174532925199433]]'
  it('for Mars is not taken as WGS84', () => {
    expect(crsFromPrj(mars).crs).toBeUndefined()
  })

  it('for an unknown Earth datum (Tokyo, Bessel 1841) is not taken as WGS84', () => {
    expect(crsFromPrj('GEOGCS["Tokyo",DATUM["D_Tokyo",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]').crs).toBeUndefined()
  })

  it('for WGS 84 and CGCS2000 is still read', () => {
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]').crs).toBe('WGS84')
    expect(crsFromPrj('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]').crs).toBe('CGCS2000')
  })
})
