/**
 * Step B3: geodata/layers/soil-parcels.geojson — sample soil-survey parcels (Polygons).
 * Counts and the 2019 reduction total follow the bureau's 2020 report: 42 key enterprises sampled,
 * soil monitoring around 星火地区 and 化工分区, 217 reduction (减量化) projects totalling 172.53 ha,
 * 40 construction-land survey filings. Shapes, positions, dates and measurements are sample data.
 */
import * as turf from '@turf/turf'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import { readFeatureCollection, writeFeatureCollection, sampleMetadata, roundGeometry } from './io.ts'
import { basemapPath, layerPath } from './paths.ts'
import { townLocator } from './places.ts'
import { seededRandom, type Random } from './random.ts'
import { placePolygon, type Placed } from './shapes.ts'
import { landClassOf } from './stages.ts'
import { SOIL_ITEMS, backgroundMeasurements, exceedingValue, type Exceedance, type SoilItem } from './soil-measurements.ts'

const GENERATED_BY = 'scripts/geodata/build-soil-parcels.ts'
/** 2019 work report: "减量化面积 172.53 公顷" over 217 projects. */
export const REDUCTION_2019 = { count: 217, hectares: 172.53 }
/** Agricultural towns get the reduction (industrial land returned to farming) parcels. */
const REDUCTION_TOWNS: [string, number][] = [
  ['庄行镇', 35], ['金汇镇', 30], ['青村镇', 30], ['奉城镇', 45], ['四团镇', 32], ['柘林镇', 25], ['海湾镇', 20],
]
/** Approximate centres (assumptions, see geodata/README.md) of the two parks monitored in 2019. */
const PARKS: { name: string; centre: Position }[] = [
  { name: '化工分区', centre: [121.49, 30.838] },
  { name: '星火地区', centre: [121.575, 30.862] },
]
const CONSTRUCTION_USES = ['住宅用地', '商业服务业设施用地', '工业用地', '公共管理与公共服务用地', '中小学用地', '住宅用地']
const URBAN_TOWNS = ['南桥镇', '奉浦街道', '金海街道', '西渡街道', '青村镇', '奉城镇', '金汇镇', '柘林镇', '海湾镇', '四团镇', '庄行镇', '海湾旅游区']

type Parcel = Feature<Polygon | MultiPolygon>
interface Planted { item: SoilItem; level: Exceedance }

interface Context {
  random: Random
  land: Feature<Polygon>
  towns: Feature<Polygon>[]
  avoid: Feature<Polygon | MultiPolygon>[]
  placed: Placed[]
}

const month = (year: number, random: Random, from = 1, to = 12) => `${year}-${String(random.integer(from, to)).padStart(2, '0')}`

function townNamed(context: Context, name: string): Feature<Polygon> {
  const town = context.towns.find((candidate) => candidate.properties?.name === name)
  if (!town) throw new Error(`unknown town ${name}`)
  return town
}

function parcel(context: Context, town: string, squareMetres: number, near?: { centre: Position; kilometres: number }): Feature<Polygon> {
  const { random } = context
  return placePolygon({
    random,
    within: [townNamed(context, town), context.land],
    avoid: context.avoid,
    placed: context.placed,
    areaSquareMetres: squareMetres,
    shape: { elongation: random.between(1.2, 3), rotation: random.between(0, Math.PI), corners: 4 },
    near,
    gapKilometres: 0.03,
  })
}

/** Perimeter monitoring band 0.9–1.4 km around a park centre, on land only. */
function parkPerimeter(context: Context, centre: Position): Feature<Polygon | MultiPolygon> {
  const ring = turf.difference(turf.featureCollection([turf.circle(centre, 1.4, { steps: 48 }), turf.circle(centre, 0.9, { steps: 48 })]))
  const onLand = ring && turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([ring, context.land]))
  if (!onLand) throw new Error('park perimeter misses the land')
  return { ...onLand, geometry: roundGeometry(onLand.geometry) }
}

function withMeasurements(random: Random, landClass: 1 | 2, industrial: boolean, planted: Planted[] = []) {
  const measurements = backgroundMeasurements(random, industrial || planted.length > 0)
  for (const { item, level } of planted) {
    measurements[SOIL_ITEMS[item].cas] = exceedingValue(item, landClass, level, random)
  }
  return measurements
}

export function buildSoilParcels(): void {
  const [land] = readFeatureCollection<Polygon>(basemapPath('land.geojson')).features
  const towns = readFeatureCollection<Polygon>(basemapPath('towns.geojson')).features
  const rivers = readFeatureCollection<Polygon>(basemapPath('rivers.geojson')).features
  const plots = readFeatureCollection<Polygon>(layerPath('remediation-plots.geojson')).features
  if (!land) throw new Error('run the basemap step first')
  const tangwai = plots.find((plot) => plot.properties?.name === '原塘外化工区')
  if (!tangwai) throw new Error('run the remediation-plots step first')
  const context: Context = { random: seededRandom(20190217), land, towns, avoid: [...rivers, ...plots], placed: [] }
  const { random } = context
  const locator = townLocator(towns)
  const parcels: { shape: Parcel; properties: Record<string, unknown> }[] = []
  const add = (shape: Parcel, properties: Record<string, unknown>) => parcels.push({ shape, properties })

  // Park perimeters first: the other parcels keep clear of these bands.
  for (const park of PARKS) {
    const shape = parkPerimeter(context, park.centre)
    const planted: Planted[] = park.name === '化工分区' ? [{ item: 'chromiumHexavalent', level: 'screening' }] : []
    add(shape, {
      name: `${park.name}周边土壤监测（示例）`, kind: 'park-perimeter', year: 2019, status: 'completed', surveyed: month(2019, random, 6, 11),
      landUse: '周边混合用地', landClass: 1, measurements: withMeasurements(random, 1, true, planted),
    })
    context.avoid.push(shape)
  }

  // 42 key enterprises (2019): three near 原塘外化工区 and three near 化工分区 carry the planted exceedances.
  const tangwaiCentre = turf.centroid(tangwai).geometry.coordinates
  const chemicalPark = PARKS[0]!.centre
  const enterprisePlan: { town?: string; near?: Position; planted: Planted[] }[] = [
    { near: tangwaiCentre, planted: [{ item: 'benzene', level: 'intervention' }] },
    { near: tangwaiCentre, planted: [{ item: 'arsenic', level: 'screening' }] },
    { near: tangwaiCentre, planted: [{ item: 'benzoPyrene', level: 'screening' }] },
    { near: chemicalPark, planted: [{ item: 'benzoPyrene', level: 'intervention' }] },
    { near: chemicalPark, planted: [{ item: 'nickel', level: 'screening' }] },
    { near: chemicalPark, planted: [] },
  ]
  for (let index = enterprisePlan.length; index < 42; index++) enterprisePlan.push({ town: URBAN_TOWNS[index % URBAN_TOWNS.length], planted: [] })
  enterprisePlan.forEach((plan, index) => {
    const town = plan.town ?? locator.townOfPoint(plan.near!)
    const near = plan.near ? { centre: plan.near, kilometres: 2.5 } : undefined
    const shape = parcel(context, town, random.between(0.5, 4) * 10_000, near)
    add(shape, {
      name: `重点企业用地（示例）E${String(index + 1).padStart(2, '0')}`, kind: 'enterprise', year: 2019, status: 'completed',
      surveyed: month(2019, random, 3, 12), landUse: '工业用地', landClass: 2, measurements: withMeasurements(random, 2, true, plan.planted),
    })
  })

  // Construction-land surveys: 40 filings in 2019, a few in 2018 and 2020.
  const constructionPlan: { year: number; status: string }[] = [
    ...Array.from({ length: 3 }, () => ({ year: 2018, status: 'completed' })),
    ...Array.from({ length: 40 }, () => ({ year: 2019, status: 'completed' })),
    { year: 2020, status: 'completed' }, { year: 2020, status: 'completed' }, { year: 2020, status: 'completed' },
    { year: 2020, status: 'surveying' }, { year: 2020, status: 'planned' },
  ]
  constructionPlan.forEach((plan, index) => {
    const landUse = random.pick(CONSTRUCTION_USES)
    const landClass = landClassOf(landUse)
    const shape = parcel(context, URBAN_TOWNS[index % URBAN_TOWNS.length]!, random.between(1, 6) * 10_000)
    add(shape, {
      name: `建设用地调查地块（示例）C${String(index + 1).padStart(2, '0')}`, kind: 'construction-land', year: plan.year, status: plan.status,
      ...(plan.status === 'completed' ? { surveyed: month(plan.year, random) } : {}),
      landUse, landClass, ...(index % 4 === 0 && plan.status === 'completed' ? { measurements: withMeasurements(random, landClass, false) } : {}),
    })
  })

  // 217 reduction parcels (2019), scaled so that their Turf areas add up to 172.53 ha.
  const raw = REDUCTION_TOWNS.flatMap(([town, count]) => Array.from({ length: count }, () => ({ town, hectares: random.between(0.35, 1.3) })))
  const scale = REDUCTION_2019.hectares / raw.reduce((sum, item) => sum + item.hectares, 0)
  let placedHectares = 0
  raw.forEach((item, index) => {
    const isLast = index === raw.length - 1
    // The last parcel absorbs the rounding left by the others, so the total lands on target.
    const hectares = isLast ? REDUCTION_2019.hectares - placedHectares : item.hectares * scale
    const shape = parcel(context, item.town, hectares * 10_000)
    placedHectares += turf.area(shape) / 10_000
    add(shape, {
      name: `减量化地块（示例）R${String(index + 1).padStart(3, '0')}`, kind: 'reduction', year: 2019, status: 'completed',
      surveyed: month(2019, random), landUse: '农用地复垦', landClass: landClassOf('农用地复垦'),
      ...(index % 20 === 0 ? { measurements: withMeasurements(random, 1, false) } : {}),
    })
  })

  const features = parcels.map(({ shape, properties }, index) => ({
    type: 'Feature' as const,
    geometry: shape.geometry,
    properties: {
      id: `SP${String(index + 1).padStart(4, '0')}`,
      ...properties,
      area_m2: Math.round(turf.area(shape)),
      town: locator.townOfArea(shape),
      sample: true,
    },
  }))
  writeFeatureCollection(layerPath('soil-parcels.geojson'), features, sampleMetadata(GENERATED_BY))
}
