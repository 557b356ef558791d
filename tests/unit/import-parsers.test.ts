// Behaviour of the format parsers and the common validation stage, through the public entry point.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ImportError, importFile } from '@/data/import/index.ts'
import { findCoordinateColumns, readCoordinate } from '@/data/import/formats/coordinate-columns.ts'
import { wgs84ToGcj02 } from '@/data/import/crs/chinese-offsets.ts'

const text = (value: string) => new TextEncoder().encode(value)
const polygon = (ring: number[][]) => JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } })

describe('coordinate columns', () => {
  it.each([
    [['名称', '经度', '纬度'], 'lonlat'],
    [['Name', 'LON', 'LAT'], 'lonlat'],
    [['lng', 'lat'], 'lonlat'],
    [['Longitude', 'Latitude'], 'lonlat'],
    [['经度(GCJ02)', '纬度（GCJ02）'], 'lonlat'],
    [['X', 'Y'], 'xy'],
    [['x坐标', 'y坐标'], 'xy'],
    [['Point_X', 'Point_Y'], 'xy'],
    [['X', 'Y', '经度', '纬度'], 'lonlat'],
    [['名称', '地址'], undefined],
  ])('%j → %s', (headers, kind) => {
    expect(findCoordinateColumns(headers)?.kind).toBe(kind)
  })

  it.each([
    ['121.47', 121.47],
    [' 30.92 ', 30.92],
    ['3,421,000.5', 3421000.5],
    ['121°28′25.2″E', 121 + 28 / 60 + 25.2 / 3600],
    ['30度55分5秒', 30 + 55 / 60 + 5 / 3600],
    ['121°28\'', 121 + 28 / 60],
    ['', undefined],
    ['abc', Number.NaN],
  ])('%s reads as %s', (cell, expected) => {
    const value = readCoordinate(cell)
    if (expected === undefined) expect(value).toBeUndefined()
    else if (Number.isNaN(expected)) expect(value).toBeNaN()
    else expect(value).toBeCloseTo(expected, 9)
  })
})

describe('tables', () => {
  it('reports skipped rows by their 1-based spreadsheet row number', async () => {
    const csv = '名称,经度,纬度\n甲,121.47,30.92\n乙,,30.9\n\n丙,x,30.9\n丁,121.5,30.9\n'
    const { report } = await importFile('rows.csv', text(csv))
    expect(report.read).toBe(4)
    expect(report.imported).toBe(2)
    expect(report.skipped.map((skip) => [skip.index, skip.indexKind])).toEqual([[3, 'row'], [5, 'row']])
    expect(report.skipped[0]?.reason).toMatch(/第 3 行/)
  })

  it('converts GCJ-02 when the file name says so, and notes the assumption otherwise', async () => {
    const [lon, lat] = wgs84ToGcj02(121.47, 30.92)
    const csv = `lon,lat\n${lon},${lat}\n`
    const hinted = await importFile('points_gcj02.csv', text(csv))
    expect(hinted.report.crs).toBe('GCJ02')
    const [x, y] = (hinted.features.features[0]?.geometry as { coordinates: number[] }).coordinates as [number, number]
    expect(Math.abs(x - 121.47) + Math.abs(y - 30.92)).toBeLessThan(1e-7)
    const plain = await importFile('points.csv', text(csv))
    expect(plain.report.crs).toBe('WGS84')
    expect(plain.report.warnings.join()).toMatch(/GCJ-02/)
  })

  it('keeps text cells as text and turns plain numbers into numbers', async () => {
    const { features } = await importFile('p.csv', text('编号,数值,经度,纬度\n0012,3.5,121.47,30.92\n'))
    expect(features.features[0]?.properties).toMatchObject({ 编号: '0012', 数值: 3.5 })
  })
})

describe('geometry repair and rejection', () => {
  it('closes an open ring and rewinds a clockwise exterior to the right-hand rule', async () => {
    const clockwiseOpen = [[121.4, 30.9], [121.4, 31], [121.5, 31], [121.5, 30.9]]
    const { features, report } = await importFile('ring.geojson', text(polygon(clockwiseOpen)))
    const ring = (features.features[0]?.geometry as { coordinates: number[][][] }).coordinates[0] as number[][]
    expect(ring).toHaveLength(5)
    expect(ring[0]).toEqual(ring[4])
    let area = 0
    for (let index = 0; index < ring.length - 1; index += 1) area += ring[index]![0]! * ring[index + 1]![1]! - ring[index + 1]![0]! * ring[index]![1]!
    expect(area).toBeGreaterThan(0)
    expect(report.warnings.join()).toMatch(/闭合/)
    expect(report.warnings.join()).toMatch(/右手/)
  })

  it('rejects out-of-range positions after conversion with a reason naming the feature', async () => {
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.47, 30.92] } }, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [190, 30] } }] }
    const { report } = await importFile('r.geojson', text(JSON.stringify(collection)))
    expect(report.skipped).toEqual([{ index: 1, indexKind: 'feature', reason: expect.stringMatching(/要素 #1.*超出/) }])
  })

  it('honours options.crs over detection', async () => {
    const { report, features } = await importFile('m.geojson', text(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [41_546_000, 3_421_000] } })), { crs: 'EPSG:4529' })
    expect(report.crs).toBe('EPSG:4529')
    expect(report.crsSource).toBe('option')
    const [lon] = (features.features[0]?.geometry as { coordinates: number[] }).coordinates as [number]
    expect(lon).toBeGreaterThan(121)
  })
})

describe('formats and detection', () => {
  const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>样例</name><Point><coordinates>121.47,30.92</coordinates></Point></Placemark></kml>'

  it.each([
    ['a.geojson', 'GeoJSON', text('{"type":"Point","coordinates":[121.47,30.92]}')],
    ['a.kml', 'KML', text(kml)],
    ['a.kmz', 'KMZ', zipSync({ 'doc.kml': strToU8(kml) })],
    ['a.txt', 'CSV', text('lon\tlat\n121.47\t30.92\n')],
    ['b.csv', 'CSV', text('名称;经度;纬度\n甲;121.47;30.92\n')],
    ['A.GEOJSON', 'GeoJSON', text('{"type":"Point","coordinates":[121.47,30.92]}')],
  ])('%s is read as %s', async (name, format, bytes) => {
    const { report } = await importFile(name, bytes)
    expect(report.format).toBe(format)
  })

  it.each([
    ['big.geojson', text('{"type":"Point","coordinates":[121.47,30.92]}'), { maxBytes: 10 }, 'too-large'],
    ['empty.kml', new Uint8Array(0), {}, 'empty'],
    ['a.dbf', new Uint8Array([3, 0, 0]), {}, 'unknown-format'],
    ['a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), {}, 'wrong-content'],
    ['a.json', text('{"rows":[]}'), {}, 'wrong-content'],
    ['a.geojson', text('{"type":"Point","coordinates":[121.47,30.92]}'), { crs: 'UTM51' }, 'unknown-crs'],
  ])('%s fails with the file name in the message', async (name, bytes, options, code) => {
    const failure = await importFile(name, bytes, options).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ImportError)
    expect((failure as ImportError).code).toBe(code)
    expect((failure as ImportError).message).toContain(name)
    expect((failure as ImportError).messageEn.length).toBeGreaterThan(5)
  })
})
