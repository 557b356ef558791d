// A board block added to a tour stop becomes key figures computed from the loaded data (what the
// presenter and the briefing print): the report's sentence for the assessed sections, 2019-01…2019-11.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { registerLayerFeatures } from '@/data/feature-registry.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { setWaterSeries } from '@/data/water-series.ts'
import { boardFigureGroups } from './board-figures.ts'

const sections = JSON.parse(readFileSync('geodata/layers/sections.geojson', 'utf8')) as FeatureCollection
registerLayerFeatures('sections', sections)
setWaterSeries(sections.features.map((feature) => String(feature.properties?.id)), parseMonthlyCsv(readFileSync('geodata/water/monthly.csv', 'utf8')).records)
const period = { kind: 'range', first: '2019-01', last: '2019-11' } as const

describe('board blocks as tour-stop figures', () => {
  it('means: TP 0.20 and NH3-N 0.82 mg/L for the assessed sections', () => {
    const [group] = boardFigureGroups([{ block: 'means', period, group: { kind: 'assessed' } }], 'zh', 101)
    expect(group?.title).toBe('水质考核 2019-01 至 2019-11')
    expect(group?.rows).toContainEqual({ label: '总磷', value: '0.20 mg/L' })
    expect(group?.rows).toContainEqual({ label: '氨氮', value: '0.82 mg/L' })
  })
  it('attainment of the 2019 year: 100 %, no failing section, in English too', () => {
    const [group] = boardFigureGroups([{ block: 'attainment', period: { kind: 'year', first: '2019-01', last: '2019-12' }, group: { kind: 'assessed' } }], 'en', 101)
    expect(group?.rows[0]?.value).toBe('100.0 % (18 of 18 sections meet their target)')
    expect(group?.rows[1]).toEqual({ label: 'Sections missing their target', value: 'None' })
  })
})
