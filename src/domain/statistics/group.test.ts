import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'
import { stageAt } from '../remediation/index.ts'
import { groupBy } from './index.ts'

// Three 2019 reduction parcels of 1 ha, 2 ha and 1.5 ha (4.5 ha, like the report's "减量化面积" line) and one 2018 parcel.
const parcels = deepFreeze([
  rectangle(0, 0, 100, 100, { kind: 'reduction', year: 2019, town: '金汇镇', verdict: 'below' }),
  rectangle(200, 0, 400, 100, { kind: 'reduction', year: 2019, town: '金汇镇', verdict: 'screening' }),
  rectangle(500, 0, 650, 100, { kind: 'reduction', year: 2019, town: '奉城镇', verdict: 'below' }),
  rectangle(700, 0, 800, 50, { kind: 'reduction', year: 2018, town: '庄行镇', verdict: 'intervention' }),
]) as Feature<Geometry>[]

const values = (rows: { key: string; value: number }[]) => rows.map((row) => [row.key, Number(row.value.toFixed(2))])

describe('groupBy', () => {
  it('adds up the 2019 reduction parcels to their known area', () => {
    const byYear = groupBy(parcels, 'year', 'areaHa')
    expect(values(byYear)).toEqual([
      ['2018', 0.5],
      ['2019', 4.5],
    ])
    expect(byYear[1]?.count).toBe(3)
  })

  it('counts by town, largest first', () => {
    const byTown = groupBy(parcels.filter((parcel) => parcel.properties?.year === 2019), 'town', 'areaHa')
    expect(byTown.map((row) => [row.label.zh, row.count, Number(row.value.toFixed(2))])).toEqual([
      ['金汇镇', 2, 3],
      ['奉城镇', 1, 1.5],
    ])
  })

  it('orders verdicts from clean to worst and names them', () => {
    expect(groupBy(parcels, 'verdict', 'count').map((row) => [row.label.zh, row.value])).toEqual([
      ['未超筛选值', 2],
      ['超筛选值', 1],
      ['超管制值', 1],
    ])
  })

  it('sums greenway length and vertical greening area (1.63 万 m²)', () => {
    const green = deepFreeze([
      lineThrough([[0, 0], [2500, 0]], { kind: 'greenway', status: 'built' }),
      lineThrough([[0, 100], [0, 850]], { kind: 'greenway', status: 'planned' }),
      pointAt(0, 0, { kind: 'vertical-greening', status: 'built', area_m2: 10_000 }),
      pointAt(0, 0, { kind: 'vertical-greening', status: 'built', area_m2: 6_300 }),
    ]) as Feature<Geometry>[]
    expect(values(groupBy(green, 'kind', 'lengthKm'))).toEqual([
      ['greenway', 3.25],
      ['vertical-greening', 0],
    ])
    expect(groupBy(green, 'kind', 'areaM2')[1]?.value).toBe(16_300)
    expect(groupBy(green, 'status', 'count').map((row) => row.label.zh)).toEqual(['规划', '已建成'])
  })

  it('orders stages by the life cycle and puts features without a value last', () => {
    const plots = deepFreeze([
      pointAt(0, 0, { stage: 'DELISTED' }),
      pointAt(0, 0, { stage: 'SUSPECTED' }),
      pointAt(0, 0, {}),
      pointAt(0, 0, { stage: 'REMEDIATION' }),
      pointAt(0, 0, { stage: 'SUSPECTED' }),
    ]) as Feature<Geometry>[]
    expect(groupBy(plots, 'stage', 'count').map((row) => [row.label.zh, row.count])).toEqual([
      ['疑似污染地块', 2],
      ['修复', 1],
      ['移出名录', 1],
      ['未填写', 1],
    ])
  })

  it('groups by a computed value, e.g. the stage at the clock month', () => {
    const plots = deepFreeze([
      pointAt(0, 0, { history: [{ stage: 'SUSPECTED', start: '2018-01' }, { stage: 'LISTED', start: '2019-06' }] }),
      pointAt(0, 0, { history: [{ stage: 'SUSPECTED', start: '2019-09' }] }),
    ]) as Feature<Geometry>[]
    const rows = groupBy(plots, 'stage', 'count', { keyOf: (plot) => stageAt(plot.properties?.history, '2019-03') })
    expect(rows.map((row) => [row.key, row.count])).toEqual([
      ['SUSPECTED', 1],
      ['', 1],
    ])
  })

  it('sorts years as numbers', () => {
    const years = deepFreeze([9, 2020, 2019, 10].map((year) => pointAt(0, 0, { year }))) as Feature<Geometry>[]
    expect(groupBy(years, 'year', 'count').map((row) => row.key)).toEqual(['9', '10', '2019', '2020'])
  })
})
