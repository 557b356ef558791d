/** The card title of an imported feature and the labels of its coordinate columns (issue 12 item 6). */
import { describe, expect, it } from 'vitest'
import type { Feature, FeatureCollection } from 'geojson'
import { coordinateLabel, isCoordinateColumn, nameColumnOf } from './card-title.ts'
import { cardFieldsOf, importedDefinition } from './prepare-layer.ts'
import { singleStyle } from './layer-style.ts'

function points(...rows: Record<string, unknown>[]): FeatureCollection {
  return { type: 'FeatureCollection', features: rows.map((properties): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [121.5, 30.9] } })) }
}
const keysOf = (collection: FeatureCollection) => Object.keys(collection.features[0]!.properties ?? {})

describe('nameColumnOf', () => {
  it.each([
    [{ 编号: 'A1', 名称: '奉贤水文站', 类型: '站' }, '名称'],
    [{ code: 'X', 断面名称: '金汇港桥' }, '断面名称'],
    [{ 点位名称: 'P', NAME: 'n' }, '点位名称'],
    [{ id: 'x', NAME: 'Fengxian' }, 'NAME'],
    [{ Name: 'a' }, 'Name'],
    [{ title: 't', remark: 'r' }, 'title'],
    [{ 道路名称: '南桥路' }, '道路名称'],
    [{ station_name: 's' }, 'station_name'],
  ])('chooses the name-like column of %j', (row, key) => {
    const collection = points(row)
    expect(nameColumnOf(collection, keysOf(collection))).toBe(key)
  })

  it('skips a name column that is mostly empty and returns nothing without one', () => {
    const sparse = points({ 名称: '', NAME: 'a' }, { 名称: '', NAME: 'b' }, { 名称: '甲', NAME: 'c' })
    expect(nameColumnOf(sparse, keysOf(sparse))).toBe('NAME')
    const none = points({ 编号: 1, 面积: 2 })
    expect(nameColumnOf(none, keysOf(none))).toBeUndefined()
  })

  it('becomes the imported layer’s title key, so the card never reads imp-1 when a name exists', () => {
    const definition = importedDefinition('imported-x-1', 'x', points({ id: 'imp-1', 名称: '甲' }), singleStyle())
    expect(definition.titleKey).toBe('名称')
  })
})

describe('coordinate columns on the card', () => {
  it('recognises the table reader’s coordinate columns, with or without a system in the name', () => {
    expect(['经度', 'lng', 'X', 'Y坐标', '纬度(GCJ02)', 'LAT'].every(isCoordinateColumn)).toBe(true)
    expect(['名称', 'xian', '面积'].some(isCoordinateColumn)).toBe(false)
  })

  it('labels them with the import’s source system, in both languages', () => {
    expect(coordinateLabel('经度', 'GCJ02').zh).toContain('GCJ-02')
    expect(coordinateLabel('lng', 'BD09').en).toBe('lng (BD-09)')
    const fields = cardFieldsOf(points({ 名称: 'a', 经度: 121.5, 纬度: 30.9, stroke: '#fff' }), 'CGCS2000')
    expect(fields.map((field) => field.label.en)).toEqual(['名称', '经度 (CGCS2000)', '纬度 (CGCS2000)'])
  })
})
