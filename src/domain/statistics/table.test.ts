import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { rectangle } from '../../../tests/support/test-fixtures.ts'
import { statisticsTable } from './index.ts'
import { NO_PLACE_NAMES, withPlaceNames } from '../names/place-names.ts'

const parcels = deepFreeze([
  rectangle(0, 0, 100, 100, { year: 2019, town: '金汇镇' }),
  rectangle(200, 0, 400, 100, { year: 2019, town: '金汇镇' }),
  rectangle(500, 0, 650, 100, { year: 2019, town: '奉城镇' }),
]) as Feature<Geometry>[]

describe('statisticsTable', () => {
  it('gives headings, one row per group and a totals row of plain values', () => {
    const table = statisticsTable(parcels, 'town', ['count', 'areaHa'])
    expect(table.columns.map((column) => column.label)).toEqual(['街镇', '数量（个）', '面积（公顷）'])
    expect(table.rows).toEqual([
      ['金汇镇', 2, 3],
      ['奉城镇', 1, 1.5],
    ])
    expect(table.totals).toEqual(['合计', 3, 4.5])
  })

  it('speaks English when asked', () => {
    const table = statisticsTable(parcels, 'year', 'areaM2', { locale: 'en' })
    expect(table.columns.map((column) => column.id)).toEqual(['year', 'count', 'areaM2'])
    expect(table.columns[2]?.label).toBe('Area (m²)')
    expect(table.rows).toEqual([['2019', 3, 45_000]])
    expect(table.totals[0]).toBe('Total')
  })

  it('only holds strings and numbers, so any CSV writer can take it', () => {
    const table = statisticsTable(parcels, 'town', ['areaHa', 'lengthKm'])
    for (const cell of [...table.rows.flat(), ...table.totals]) expect(['string', 'number']).toContain(typeof cell)
  })

  it('names the towns in English from the place names, and keeps an untranslated town in Chinese', () => {
    const placeNames = withPlaceNames(NO_PLACE_NAMES, 'town', { 金汇镇: 'Jinhui Town' })
    const table = statisticsTable(parcels, 'town', 'count', { locale: 'en', placeNames })
    expect(table.rows.map((row) => row[0])).toEqual(['Jinhui Town', '奉城镇'])
    expect(statisticsTable(parcels, 'town', 'count', { locale: 'zh', placeNames }).rows.map((row) => row[0])).toEqual(['金汇镇', '奉城镇'])
  })
})
