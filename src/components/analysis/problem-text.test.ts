import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import type { GeometryProblemKind } from '@/domain/spatial/index.ts'
import type { StageProblemKind } from '@/domain/remediation/index.ts'
import type { SoilProblemKind } from '@/domain/soil/index.ts'
import type { GreenProblemKind } from '@/domain/greenery/index.ts'
import { lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'
import { featureProblemList, featureProblems } from './feature-problems.ts'
import { problemText, shortText, shortValue, VALUE_MAX_LENGTH } from './problem-text.ts'
import { layerDefinition } from '@/config/layer-catalogue.ts'

/** A shipped layer by its id (its family decides its checks); any other id is an imported layer. */
const layer = (id: string) => layerDefinition(id) ?? { id, family: 'imported' as const }

type AnyFeature = Feature<Geometry | null>
/** What the planner reads for one kind, found by the real validator in a real bad feature. */
interface Case {
  layerId: string
  feature: AnyFeature
  zh: string
  en: string
}

const square = [[121, 30], [121.01, 30], [121.01, 30.01], [121, 30.01], [121, 30]]
const bowTie = [[121, 30], [121.01, 30.01], [121.01, 30], [121, 30.01], [121, 30]]
const withGeometry = (geometry: unknown): AnyFeature => ({ type: 'Feature', properties: {}, geometry: geometry as Geometry | null })
const plot = (stageHistory: unknown): AnyFeature => ({ type: 'Feature', properties: { stageHistory }, geometry: { type: 'Polygon', coordinates: [square] } })
const parcel = (measurements: unknown): AnyFeature => ({ type: 'Feature', properties: { measurements }, geometry: { type: 'Polygon', coordinates: [square] } })
const greenway = (properties: Record<string, unknown>) => lineThrough([[0, 0], [500, 0]], { kind: 'greenway', status: 'built', ...properties })

// Record<Kind, Case>: a kind added to a domain union fails type-checking here until it has a case.
const GEOMETRY_CASES: Record<GeometryProblemKind, Case> = {
  'no-geometry': { layerId: 'any', feature: withGeometry(null), zh: '要素没有几何图形', en: 'The feature has no geometry' },
  'unsupported-type': { layerId: 'any', feature: withGeometry({ type: 'Circle', coordinates: [121, 30] }), zh: '未知的几何类型 "Circle"', en: 'Unknown geometry type "Circle"' },
  empty: { layerId: 'any', feature: withGeometry({ type: 'Polygon', coordinates: [] }), zh: '面为空，没有坐标', en: 'The polygon is empty: it has no coordinates' },
  'not-a-number': {
    layerId: 'any',
    feature: withGeometry({ type: 'Point', coordinates: ['121', 30] }),
    zh: '坐标不是一对数值：["121",30]',
    en: 'A coordinate is not a pair of numbers: ["121",30]',
  },
  'out-of-range': {
    layerId: 'any',
    feature: withGeometry({ type: 'Point', coordinates: [30.9, 121.4] }),
    zh: '坐标 [30.9,121.4] 超出经度 ±180°、纬度 ±90° 的范围（经纬度是否写反？）',
    en: 'Coordinate [30.9,121.4] is outside longitude ±180° / latitude ±90° (longitude and latitude swapped?)',
  },
  'too-few-positions': {
    layerId: 'any',
    feature: withGeometry({ type: 'LineString', coordinates: [[121, 30]] }),
    zh: '线的坐标点太少，至少需要 2 个',
    en: 'The line has too few positions: at least 2 are needed',
  },
  'unclosed-ring': {
    layerId: 'any',
    feature: withGeometry({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[121, 30.005]])] }),
    zh: '面的环没有闭合：终点应回到起点 [121,30]',
    en: 'A polygon ring is not closed: it should end where it starts, at [121,30]',
  },
  'self-intersection': { layerId: 'any', feature: withGeometry({ type: 'Polygon', coordinates: [bowTie] }), zh: '多边形自相交（1 处）', en: 'The polygon crosses itself (crossings: 1)' },
}

const STAGE_CASES: Record<StageProblemKind, Case> = {
  'not-a-list': {
    layerId: 'remediation-plots',
    feature: plot({ stage: 'LISTED' }),
    zh: '阶段历程（stageHistory）不是列表：{"stage":"LISTED"}',
    en: 'The stage history (stageHistory) is not a list: {"stage":"LISTED"}',
  },
  'bad-entry': {
    layerId: 'remediation-plots',
    feature: plot(['LISTED']),
    zh: '阶段历程第 1 条不是 { stage, start } 记录："LISTED"',
    en: 'Stage history entry 1 is not a { stage, start } record: "LISTED"',
  },
  'unknown-stage': {
    layerId: 'remediation-plots',
    feature: plot([{ stage: 'Remediation', start: '2018-06' }]),
    zh: '阶段历程第 1 条：未知的阶段 "Remediation"',
    en: 'Stage history entry 1: unknown stage "Remediation"',
  },
  'bad-date': {
    layerId: 'remediation-plots',
    feature: plot([{ stage: 'LISTED', start: '2018-00' }]),
    zh: '阶段历程第 1 条：开始月份 "2018-00" 不是 YYYY-MM 格式',
    en: 'Stage history entry 1: start "2018-00" is not a YYYY-MM month',
  },
  'not-chronological': {
    layerId: 'remediation-plots',
    feature: plot([{ stage: 'SUSPECTED', start: '2018-03' }, { stage: 'RISK_ASSESSMENT', start: '2017-12' }]),
    zh: '阶段历程第 2 条：开始月份 "2017-12" 早于前面条目的 "2018-03"',
    en: 'Stage history entry 2: start "2017-12" comes before the earlier entry’s "2018-03"',
  },
}

const SOIL_CASES: Record<SoilProblemKind, Case> = {
  'unknown-item': {
    layerId: 'soil-parcels',
    feature: parcel({ '123-45-6': 1, '7440-38-2': 5 }),
    zh: '"123-45-6" 不是 GB 36600-2018 表 1 的基本项目',
    en: '"123-45-6" is not a basic item of GB 36600-2018 Table 1',
  },
  'not-a-number': { layerId: 'soil-parcels', feature: parcel({ '7440-38-2': 'n.d.' }), zh: '砷（7440-38-2）："n.d." 不是数值', en: '砷 (CAS 7440-38-2): "n.d." is not a number' },
  negative: { layerId: 'soil-parcels', feature: parcel({ '7440-38-2': -1.5 }), zh: '砷（7440-38-2）：浓度为负值 -1.5', en: '砷 (CAS 7440-38-2): negative concentration -1.5' },
  duplicate: {
    layerId: 'soil-parcels',
    feature: parcel({ '108-38-3,106-42-3': 1, '106-42-3, 108-38-3': 2 }),
    zh: '间二甲苯+对二甲苯（106-42-3, 108-38-3）出现了两次，采用第一个值',
    en: '间二甲苯+对二甲苯 (CAS 106-42-3, 108-38-3) appears twice; the first value is used',
  },
  'no-values': { layerId: 'soil-parcels', feature: parcel({}), zh: '没有可用的 GB 36600-2018 检测值', en: 'No usable GB 36600-2018 measurement' },
}

const GREEN_CASES: Record<GreenProblemKind, Case> = {
  'unknown-kind': {
    layerId: 'greenways',
    feature: pointAt(0, 0, { kind: 'bench', status: 'built' }),
    zh: '未知的项目类型 "bench"（kind 应为 greenway / corridor / park / vertical-greening）',
    en: 'Unknown project kind "bench" (kind should be greenway / corridor / park / vertical-greening)',
  },
  'unknown-status': {
    layerId: 'greenways',
    feature: greenway({ status: 'done' }),
    zh: '未知的状态 "done"（status 应为 planned / built）',
    en: 'Unknown status "done" (status should be planned / built)',
  },
  'bad-year': { layerId: 'greenways', feature: greenway({ year: '2019年' }), zh: '年份（year）"2019年" 不是整数', en: 'Year "2019年" is not a whole number' },
  'bad-date': { layerId: 'greenways', feature: greenway({ end: '2019/10' }), zh: 'end 的值 "2019/10" 不是 YYYY-MM 格式的月份', en: 'end "2019/10" is not a YYYY-MM month' },
  'end-before-start': {
    layerId: 'greenways',
    feature: greenway({ start: '2019-08', end: '2019-02' }),
    zh: '完成月份（end）"2019-02" 早于开始月份（start）"2019-08"',
    en: 'end "2019-02" is before start "2019-08"',
  },
  'missing-area': {
    layerId: 'greenways',
    feature: pointAt(0, 0, { kind: 'vertical-greening', status: 'built' }),
    zh: '立体绿化需要 area_m2 属性或面状图形',
    en: 'Vertical greening needs an area_m2 property or a polygon',
  },
  'wrong-geometry': {
    layerId: 'greenways',
    feature: rectangle(0, 0, 10, 10, { kind: 'greenway', status: 'built' }),
    zh: '绿道的图形应为线或多线（实际为面）',
    en: 'Greenway should be drawn as line or multiline (found: polygon)',
  },
}

describe.each([
  ['geometry', GEOMETRY_CASES],
  ['stage history', STAGE_CASES],
  ['soil measurement', SOIL_CASES],
  ['green project', GREEN_CASES],
] as const)('%s problems in the planner’s language', (_source, cases) => {
  it.each(Object.entries(cases as Record<string, Case>))('%s', (kind, { layerId, feature, zh, en }) => {
    const found = featureProblemList(layer(layerId), feature).find((entry) => entry.problem.kind === kind)
    expect(found, `the validator reports ${kind}`).toBeDefined()
    expect(problemText(found!, 'zh')).toBe(zh)
    expect(problemText(found!, 'en')).toBe(en)
  })
})

describe('problem texts', () => {
  it('lists several allowed geometry types with the language’s own "or"', () => {
    const feature = lineThrough([[0, 0], [10, 0]], { kind: 'vertical-greening', status: 'built', area_m2: 100 })
    const [problem] = featureProblemList(layer('greenways'), feature).filter((entry) => entry.problem.kind === 'wrong-geometry')
    expect(problemText(problem!, 'zh')).toBe('立体绿化的图形应为点、多点、面或多面（实际为线）')
    expect(problemText(problem!, 'en')).toBe('Vertical greening should be drawn as point, multipoint, polygon or multipolygon (found: line)')
  })

  it('cuts a huge value from the data so one bad record cannot flood the list', () => {
    const huge = { stage: 'LISTED', notes: '很长的备注'.repeat(5000) }
    const texts = featureProblems(layer('remediation-plots'), plot(huge), 'zh')
    expect(texts).toHaveLength(1)
    expect(Array.from(texts[0]!).length).toBeLessThan(100)
    expect(texts[0]).toContain('…')
  })

  it('keeps the validators’ developer messages when no language is asked for', () => {
    expect(featureProblems(layer('any'), withGeometry({ type: 'Polygon', coordinates: [bowTie] }))).toEqual(['The polygon crosses itself (1 point)'])
    expect(featureProblems(layer('any'), withGeometry({ type: 'Polygon', coordinates: [bowTie] }), 'zh')).toEqual(['多边形自相交（1 处）'])
  })
})

describe('shortValue', () => {
  it.each<[string, unknown, string]>([
    ['a string, quoted', '2019/10', '"2019/10"'],
    ['a number, as written', -1.5, '-1.5'],
    ['NaN, not JSON null', Number.NaN, 'NaN'],
    ['null', null, 'null'],
    ['a missing value', undefined, 'undefined'],
    ['a position', [121.4, 30.9], '[121.4,30.9]'],
  ])('%s', (_, value, expected) => {
    expect(shortValue(value)).toBe(expected)
  })

  it('cuts at the limit without splitting a character', () => {
    const text = shortValue('滨'.repeat(200))
    expect(Array.from(text)).toHaveLength(VALUE_MAX_LENGTH)
    expect(text.endsWith('滨…')).toBe(true)
    expect(shortText('🌳'.repeat(3), 2)).toBe('🌳…')
  })

  it('survives a value that is not JSON', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(shortValue(cyclic)).toBe('[object Object]')
    expect(shortValue(10n)).toBe('10')
  })
})
