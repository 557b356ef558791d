/**
 * Step B4: geodata/layers/greenways.geojson — sample greening projects. The 2019 built totals match the
 * bureau's 2020 report ("建设 1.63 万平方米立体绿化、生态廊道 1350 亩、绿道 23.25 公里、公园绿地
 * 134.18 公顷"); the split into projects, names, shapes, places and dates are sample data.
 */
import * as turf from '@turf/turf'
import type { Feature, LineString, Polygon, Position } from 'geojson'
import { readFeatureCollection, writeFeatureCollection, sampleMetadata, roundGeometry } from './io.ts'
import { basemapPath, layerPath } from './paths.ts'
import { pointsAlongRiver, townLocator } from './places.ts'
import { seededRandom } from './random.ts'
import { placePolygon, type Placed } from './shapes.ts'

const GENERATED_BY = 'scripts/geodata/build-greenways.ts'
/** 1 亩 = 10000/15 m² ≈ 666.67 m². */
export const SQUARE_METRES_PER_MU = 10_000 / 15
/** 2019 built totals from the report. */
export const BUILT_2019 = { greenwayKilometres: 23.25, corridorMu: 1350, parkHectares: 134.18, verticalSquareMetres: 16_300 }
/** Greenways run this far (km) beside the river's middle line, i.e. on the bank. */
const BANK_OFFSET_KM = 0.12

type Status = 'built' | 'planned'
interface Project { name: string; year: number; status: Status; start: string; end: string }
interface GreenwayPlan extends Project { river: string; from: number; kilometres: number }
interface AreaPlan extends Project { town: string; squareMetres: number }

const built = (year: number, start: string, end: string) => ({ year, status: 'built' as const, start, end })
const planned = (year: number, start: string, end: string) => ({ year, status: 'planned' as const, start, end })

const GREENWAYS: GreenwayPlan[] = [
  { name: '金汇港北段滨河绿道（示例）', river: '金汇港', from: 0.05, kilometres: 3.1, ...built(2018, '2017-09', '2018-10') },
  { name: '金汇港滨河绿道（示例）', river: '金汇港', from: 0.3, kilometres: 8, ...built(2019, '2018-11', '2019-09') },
  { name: '浦南运河滨河绿道（示例）', river: '浦南运河', from: 0.45, kilometres: 7.5, ...built(2019, '2019-02', '2019-11') },
  { name: '竹港滨河绿道（示例）', river: '竹港', from: 0.45, kilometres: 4.25, ...built(2019, '2019-03', '2019-10') },
  { name: '随塘河滨海绿道（示例）', river: '随塘河', from: 0.2, kilometres: 3.5, ...built(2019, '2019-01', '2019-12') },
  { name: '随塘河东段绿道（示例）', river: '随塘河', from: 0.6, kilometres: 5, ...planned(2020, '2020-03', '2020-12') },
  { name: '浦南运河西段绿道（示例）', river: '浦南运河', from: 0.05, kilometres: 4, ...planned(2021, '2021-02', '2021-11') },
]
const CORRIDORS: AreaPlan[] = [
  { name: '沿海生态廊道（示例）', town: '四团镇', squareMetres: 180_000, ...built(2018, '2017-10', '2018-09') },
  { name: '奉城生态廊道（示例）', town: '奉城镇', squareMetres: 400_000, ...built(2019, '2018-12', '2019-10') },
  { name: '金汇生态廊道（示例）', town: '金汇镇', squareMetres: 300_000, ...built(2019, '2019-01', '2019-11') },
  { name: '庄行生态廊道（示例）', town: '庄行镇', squareMetres: 1350 * SQUARE_METRES_PER_MU - 700_000, ...built(2019, '2019-03', '2019-12') },
  { name: '青村生态廊道（示例）', town: '青村镇', squareMetres: 250_000, ...planned(2021, '2021-03', '2021-12') },
]
const PARKS: AreaPlan[] = [
  { name: '柘林示例公园', town: '柘林镇', squareMetres: 180_000, ...built(2018, '2017-06', '2018-08') },
  { name: '南桥示例公园', town: '南桥镇', squareMetres: 420_000, ...built(2019, '2018-03', '2019-09') },
  { name: '青村示例公园', town: '青村镇', squareMetres: 315_000, ...built(2019, '2018-08', '2019-10') },
  { name: '海湾示例公园', town: '海湾镇', squareMetres: 250_000, ...built(2019, '2018-10', '2019-06') },
  { name: '金汇示例公园', town: '金汇镇', squareMetres: 206_800, ...built(2019, '2019-01', '2019-12') },
  { name: '西渡示例公园', town: '西渡街道', squareMetres: 150_000, ...built(2019, '2019-02', '2019-11') },
  { name: '四团示例公园', town: '四团镇', squareMetres: 220_000, ...planned(2020, '2020-02', '2020-12') },
]
const VERTICAL_GREENING: AreaPlan[] = [
  { name: '南桥立体绿化一（示例）', town: '南桥镇', squareMetres: 3200, ...built(2019, '2019-03', '2019-08') },
  { name: '奉浦立体绿化（示例）', town: '奉浦街道', squareMetres: 2800, ...built(2019, '2019-04', '2019-09') },
  { name: '金海立体绿化（示例）', town: '金海街道', squareMetres: 2500, ...built(2019, '2019-05', '2019-10') },
  { name: '西渡立体绿化（示例）', town: '西渡街道', squareMetres: 3100, ...built(2019, '2019-04', '2019-11') },
  { name: '南桥立体绿化二（示例）', town: '南桥镇', squareMetres: 2400, ...built(2019, '2019-06', '2019-12') },
  { name: '青村立体绿化（示例）', town: '青村镇', squareMetres: 2300, ...built(2019, '2019-07', '2019-12') },
  { name: '金海立体绿化二（示例）', town: '金海街道', squareMetres: 2600, ...planned(2020, '2020-04', '2020-10') },
]

/** A line on the bank of a river with real geometry, `kilometres` long from fraction `from`. */
function bankLine(river: Feature<Polygon>, from: number, kilometres: number): Feature<LineString> {
  const fractions = Array.from({ length: 160 }, (_, index) => from + index * 0.0025).filter((fraction) => fraction < 0.995)
  const middle = pointsAlongRiver(river, fractions)
  const [west, south, east, north] = turf.bbox(river)
  // Shift east for N–S rivers, north for E–W rivers: a constant shift keeps the line monotone, so simple.
  const runsEastWest = east - west > north - south
  const shifted = middle.map((position) => turf.destination(position, BANK_OFFSET_KM, runsEastWest ? 0 : 90).geometry.coordinates)
  const sliced = turf.lineSliceAlong(turf.lineString(shifted), 0, kilometres)
  return { ...sliced, geometry: roundGeometry(sliced.geometry) }
}

export function buildGreenways(): void {
  const [land] = readFeatureCollection<Polygon>(basemapPath('land.geojson')).features
  const towns = readFeatureCollection<Polygon>(basemapPath('towns.geojson')).features
  const rivers = readFeatureCollection<Polygon>(basemapPath('rivers.geojson')).features
  if (!land) throw new Error('run the basemap step first')
  const locator = townLocator(towns)
  const random = seededRandom(20191123)
  const placed: Placed[] = []
  const townNamed = (name: string) => towns.find((town) => town.properties?.name === name) ?? (() => { throw new Error(name) })()
  const features: Feature[] = []
  const add = (feature: Feature, project: Project, kind: string, measure: Record<string, number>, town: string) =>
    features.push({
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        id: `GW${String(features.length + 1).padStart(3, '0')}`, name: project.name, kind, year: project.year, status: project.status,
        start: project.start, end: project.end, ...measure, town, sample: true,
      },
    })

  for (const plan of GREENWAYS) {
    const river = rivers.find((candidate) => candidate.properties?.name === plan.river)
    if (!river) throw new Error(`${plan.river} has no geometry`)
    const line = bankLine(river, plan.from, plan.kilometres)
    add(line, plan, 'greenway', { length_km: Number(turf.length(line).toFixed(3)) }, locator.townOfLine(line.geometry.coordinates))
  }
  for (const [kind, plans, elongation] of [['corridor', CORRIDORS, 7], ['park', PARKS, 1.6]] as const) {
    for (const plan of plans) {
      const polygon = placePolygon({
        random, within: [townNamed(plan.town), land], avoid: rivers, placed, areaSquareMetres: plan.squareMetres,
        shape: { elongation, rotation: random.between(0, Math.PI), corners: random.integer(5, 7) }, gapKilometres: 0.3,
      })
      add(polygon, plan, kind, { area_m2: Math.round(turf.area(polygon)) }, locator.townOfArea(polygon))
    }
  }
  for (const plan of VERTICAL_GREENING) {
    // A point: the greened wall/roof area is typed data, not a geometry measure. A small placeholder
    // footprint is placed only to find a free spot in the town; its centre becomes the point.
    placePolygon({
      random, within: [townNamed(plan.town), land], avoid: rivers, placed, areaSquareMetres: 2_000,
      shape: { elongation: 1, rotation: 0, corners: 4 }, gapKilometres: 0.5,
    })
    const centre: Position = placed[placed.length - 1]!.centre
    add(turf.point(centre), plan, 'vertical-greening', { area_m2: plan.squareMetres }, locator.townOfPoint(centre))
  }
  writeFeatureCollection(layerPath('greenways.geojson'), features, sampleMetadata(GENERATED_BY))
}
