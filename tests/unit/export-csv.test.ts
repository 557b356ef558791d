// CSV and GeoJSON export: formula-like cells neutralised (OWASP CSV injection), BOM for Excel, and a
// GeoJSON export that imports back to the same features.
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv, toGeoJson } from '@/data/export/index.ts'
import { importFile } from '@/data/import/index.ts'
import type { FeatureCollection } from 'geojson'

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['普通文本', '普通文本'],
    ['a,b', '"a,b"'],
    [-5, '-5'],
    [Number.NaN, ''],
    [null, ''],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and writes a header and one line per row', () => {
    const csv = toCsv([{ 名称: '甲', 值: 1 }, { 名称: '=1+1', 值: 2 }])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual(['名称,值', '甲,1', "'=1+1,2", ''])
  })

  it('writes features with their point coordinates and respects a column choice', () => {
    const collection: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'a', extra: 1 }, geometry: { type: 'Point', coordinates: [121.47, 30.92] } }] }
    expect(toCsv(collection, ['name', '经度', '纬度']).slice(1)).toBe('name,经度,纬度\r\na,121.47,30.92\r\n')
  })
})

describe('toGeoJson', () => {
  it('round-trips through importFile in WGS84', async () => {
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: '<b>样例</b>' }, geometry: { type: 'Polygon', coordinates: [[[121.4, 30.9], [121.5, 30.9], [121.5, 31], [121.4, 30.9]]] } }],
    }
    const text = toGeoJson(collection)
    expect(JSON.parse(text)).not.toHaveProperty('crs')
    const { features, report } = await importFile('export.geojson', new TextEncoder().encode(text))
    expect(report.crs).toBe('WGS84')
    expect(features).toEqual(collection)
  })
})
