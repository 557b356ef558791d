import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { statisticsTable } from '@/domain/statistics/index.ts'
import { featuresShownAt, groupOptionsAt, verdictOf } from './statistics-options.ts'
import { tableCsv } from './csv-download.ts'
import { layerDefinition } from '@/config/layer-catalogue.ts'

type AnyFeature = Feature<Geometry | null>
const square: Geometry = { type: 'Polygon', coordinates: [[[121.4, 30.9], [121.401, 30.9], [121.401, 30.901], [121.4, 30.901], [121.4, 30.9]]] }
const plot = (id: string, history: { stage: string; start: string }[]): AnyFeature => ({ type: 'Feature', id, properties: { id, town: '柘林镇', stageHistory: history }, geometry: square })
const parcel = (id: string, properties: Record<string, unknown>): AnyFeature => ({ type: 'Feature', id, properties: { id, year: 2019, ...properties }, geometry: square })

describe('statistics at the clock month', () => {
  const plots = [
    plot('P1', [{ stage: 'SUSPECTED', start: '2018-01' }, { stage: 'LISTED', start: '2019-06' }]),
    plot('P2', [{ stage: 'SUSPECTED', start: '2019-03' }]),
    plot('P3', [{ stage: 'SUSPECTED', start: '2020-05' }]),
  ]

  it.each([
    ['2018-12', [['疑似污染地块', 1]]],
    ['2019-12', [['疑似污染地块', 1], ['列入名录', 1]]],
    ['2020-12', [['疑似污染地块', 2], ['列入名录', 1]]],
  ])('groups plots by the stage in force at %s, leaving out plots not started yet', (month, expected) => {
    const shown = featuresShownAt(layerDefinition('remediation-plots')!, plots, month)
    const table = statisticsTable(shown, 'stage', 'count', groupOptionsAt('stage', month))
    expect(table.rows.map((row) => [row[0], row[1]])).toEqual(expected)
  })

  it.each<[Record<string, unknown>, string]>([
    [{ measurements: { '7440-38-2': 10 }, landClass: 1 }, 'below'],
    // Arsenic: screening 20 / 60, intervention 120 / 140 mg/kg (GB 36600-2018 Table 1).
    [{ measurements: { '7440-38-2': 25 }, landClass: 1 }, 'screening'],
    [{ measurements: { '7440-38-2': 25 }, landClass: 2 }, 'below'],
    [{ measurements: { '7440-38-2': 130 }, landClass: 1 }, 'intervention'],
    [{}, ''],
    [{ measurements: { '7440-38-2': -1 } }, ''],
  ])('reads a parcel %j as verdict "%s"', (properties, verdict) => {
    expect(verdictOf(parcel('S1', properties))).toBe(verdict)
  })
})

describe('statistics CSV', () => {
  it('starts with a BOM and the readable headings, neutralises formulas and ends with the totals', () => {
    const features = [parcel('S1', { town: '=HYPERLINK("x")' }), parcel('S2', { town: '金汇镇' })]
    const lines = tableCsv(statisticsTable(features, 'town', 'count')).split('\r\n')
    expect(lines[0]).toBe('\uFEFF街镇,数量（个）')
    expect(lines).toContain(`"'=HYPERLINK(""x"")",1`)
    expect(lines.at(-2)).toBe('合计,2')
  })
})
