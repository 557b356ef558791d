/**
 * Step B2: geodata/layers/remediation-plots.geojson — 12 sample contaminated plots (Polygons).
 * The two named plots come from the bureau's 2020 report (2021 plan, item 6): 南桥新城14单元06A-02A
 * (in the national plot database; land user to speed up remediation) and 原塘外化工区 (detailed
 * investigation and risk assessment to start). Their shapes, positions, dates and every other plot
 * are sample data.
 */
import type { Feature, Polygon } from 'geojson'
import * as turf from '@turf/turf'
import { readFeatureCollection, writeFeatureCollection, sampleMetadata } from './io.ts'
import { basemapPath, layerPath } from './paths.ts'
import { townLocator } from './places.ts'
import { seededRandom } from './random.ts'
import { placePolygon, type Placed } from './shapes.ts'
import { landClassOf, type StageCode, type StageStep } from './stages.ts'

const GENERATED_BY = 'scripts/geodata/build-remediation-plots.ts'

interface PlotEntry {
  name: string
  /** Town to put the sample shape in (the `town` property is computed from the shape). */
  town: string
  landUse: string
  hectares: number
  /** Optional: keep the sample shape within this many km of a point. */
  near?: { centre: [number, number]; kilometres: number }
  history: [StageCode, string][]
}

export const PLOT_REGISTER: readonly PlotEntry[] = [
  {
    name: '南桥新城14单元06A-02A', town: '金海街道', landUse: '住宅用地', hectares: 3.6,
    history: [['PRELIM_INVESTIGATION', '2017-04'], ['DETAILED_INVESTIGATION', '2017-11'], ['RISK_ASSESSMENT', '2018-06'], ['LISTED', '2020-02'], ['REMEDIATION', '2020-08']],
  },
  {
    // Position is an assumption: the former 塘外 area lies in the coastal south-east of 奉城镇.
    name: '原塘外化工区', town: '奉城镇', landUse: '工业用地', hectares: 8.5, near: { centre: [121.655, 30.885], kilometres: 3 },
    history: [['SUSPECTED', '2018-09'], ['PRELIM_INVESTIGATION', '2019-10'], ['DETAILED_INVESTIGATION', '2020-11']],
  },
  { name: '示例地块03（原电镀厂）', town: '庄行镇', landUse: '住宅用地', hectares: 2.1, history: [['SUSPECTED', '2020-09']] },
  {
    name: '示例地块04（原印染厂）', town: '金汇镇', landUse: '中小学用地', hectares: 1.8,
    history: [['SUSPECTED', '2020-04'], ['PRELIM_INVESTIGATION', '2020-10']],
  },
  {
    name: '示例地块05（原农药仓库）', town: '柘林镇', landUse: '住宅用地', hectares: 2.7,
    history: [['SUSPECTED', '2018-05'], ['PRELIM_INVESTIGATION', '2018-11'], ['DETAILED_INVESTIGATION', '2019-07'], ['RISK_ASSESSMENT', '2020-06']],
  },
  {
    name: '示例地块06（原化工厂）', town: '柘林镇', landUse: '工业用地', hectares: 4.4,
    history: [['PRELIM_INVESTIGATION', '2017-08'], ['DETAILED_INVESTIGATION', '2018-04'], ['RISK_ASSESSMENT', '2019-01'], ['LISTED', '2019-11']],
  },
  {
    name: '示例地块07（原金属加工厂）', town: '青村镇', landUse: '物流仓储用地', hectares: 3.2,
    history: [['SUSPECTED', '2017-02'], ['PRELIM_INVESTIGATION', '2017-06'], ['DETAILED_INVESTIGATION', '2018-01'], ['RISK_ASSESSMENT', '2018-08'], ['LISTED', '2019-03'], ['RISK_CONTROL', '2019-09']],
  },
  {
    name: '示例地块08（原危废暂存场）', town: '四团镇', landUse: '商业服务业设施用地', hectares: 2.4,
    history: [['PRELIM_INVESTIGATION', '2017-03'], ['DETAILED_INVESTIGATION', '2017-10'], ['RISK_ASSESSMENT', '2018-05'], ['LISTED', '2019-01'], ['RISK_CONTROL', '2019-05'], ['REMEDIATION', '2019-12']],
  },
  {
    name: '示例地块09（原制革厂）', town: '南桥镇', landUse: '住宅用地', hectares: 2.9,
    history: [['PRELIM_INVESTIGATION', '2017-01'], ['DETAILED_INVESTIGATION', '2017-07'], ['RISK_ASSESSMENT', '2018-02'], ['LISTED', '2018-08'], ['REMEDIATION', '2019-03'], ['EFFECT_EVALUATION', '2020-07']],
  },
  {
    name: '示例地块10（原焦化厂）', town: '海湾镇', landUse: '工业用地', hectares: 5.3,
    history: [['PRELIM_INVESTIGATION', '2017-02'], ['DETAILED_INVESTIGATION', '2017-09'], ['RISK_ASSESSMENT', '2018-03'], ['LISTED', '2018-07'], ['RISK_CONTROL', '2018-12'], ['EFFECT_EVALUATION', '2019-10'], ['POST_MANAGEMENT', '2020-04']],
  },
  {
    name: '示例地块11（原石油库）', town: '奉浦街道', landUse: '中小学用地', hectares: 1.6,
    history: [['SUSPECTED', '2017-01'], ['PRELIM_INVESTIGATION', '2017-04'], ['DETAILED_INVESTIGATION', '2017-09'], ['RISK_ASSESSMENT', '2018-01'], ['LISTED', '2018-05'], ['REMEDIATION', '2018-09'], ['EFFECT_EVALUATION', '2019-08'], ['DELISTED', '2020-05']],
  },
  {
    name: '示例地块12（原电子元件厂）', town: '西渡街道', landUse: '公共管理与公共服务用地', hectares: 2.2,
    history: [['SUSPECTED', '2019-03'], ['PRELIM_INVESTIGATION', '2019-09'], ['DETAILED_INVESTIGATION', '2020-05']],
  },
]

/** Writes the plots; the soil-parcel step reads them back to sample soil near 原塘外化工区. */
export function buildRemediationPlots(): void {
  const [land] = readFeatureCollection<Polygon>(basemapPath('land.geojson')).features
  const towns = readFeatureCollection<Polygon>(basemapPath('towns.geojson')).features
  const rivers = readFeatureCollection<Polygon>(basemapPath('rivers.geojson')).features
  if (!land) throw new Error('run the basemap step first')
  const locator = townLocator(towns)
  const random = seededRandom(20201231)
  const placed: Placed[] = []
  const features: Feature<Polygon>[] = PLOT_REGISTER.map((entry, index) => {
    const town = towns.find((candidate) => candidate.properties?.name === entry.town)
    if (!town) throw new Error(`unknown town ${entry.town}`)
    const polygon = placePolygon({
      random,
      within: [town, land],
      avoid: rivers,
      placed,
      areaSquareMetres: entry.hectares * 10_000,
      shape: { elongation: random.between(1, 2.2), rotation: random.between(0, Math.PI), corners: random.integer(4, 6) },
      near: entry.near ? { centre: entry.near.centre, kilometres: entry.near.kilometres } : undefined,
      gapKilometres: 0.5,
    })
    const stageHistory: StageStep[] = entry.history.map(([stage, start]) => ({ stage, start }))
    const stages = new Set(stageHistory.map((step) => step.stage))
    const letter = String.fromCharCode(65 + index)
    return turf.polygon(polygon.geometry.coordinates, {
      id: `RP${String(index + 1).padStart(2, '0')}`,
      name: entry.name,
      stage: stageHistory[stageHistory.length - 1]!.stage,
      stageHistory,
      riskControl: stages.has('RISK_CONTROL'),
      remediation: stages.has('REMEDIATION'),
      landUse: entry.landUse,
      landClass: landClassOf(entry.landUse),
      area_m2: Math.round(turf.area(polygon)),
      responsibleParty: `示例土地使用权人${letter}`,
      town: locator.townOfArea(polygon),
      sample: true,
    })
  })
  writeFeatureCollection(layerPath('remediation-plots.geojson'), features, sampleMetadata(GENERATED_BY))
}
