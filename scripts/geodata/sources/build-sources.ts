/**
 * Step B5: geodata/sources/ — sample data of the fifth layer family, 污染源与在线监控. The counts are the
 * bureau's 2020 report ("在线监控设备已安装并联网的有 114 家,其中废气企业 91 家 140 个排口、废水企业 46 家
 * 60 个排口 … 地表水站 8 个 … 扬尘监测点 220 多个"); every name, place, reading and alarm is invented.
 */
import * as turf from '@turf/turf'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Feature, Polygon, Position } from 'geojson'
import { readFeatureCollection, writeFeatureCollection, sampleMetadata, roundPosition } from '../io.ts'
import { basemapPath, repositoryRoot } from '../paths.ts'
import { pointsAlongRiver, townLocator } from '../places.ts'
import { seededRandom } from '../random.ts'
import { riverGeometry, spotBesideRiver, spotIn, outletSpot, nearestBankPoint, type PlacementRules, type RiverGeometry } from './places.ts'
import { STATION_INDICATORS, dailyReadings, daysBetween, formatReading, hourlyReadings, isoDate, type StationProfile } from './station-series.ts'
import { DUST_LIMIT, GAS_LIMITS, WASTEWATER_LIMITS, alarmsCsv, randomAlarms, stationAlarms } from './alarms.ts'
import { dustPoints } from './dust.ts'

const GENERATED_BY = 'scripts/geodata/sources/build-sources.ts'
const sourcesPath = (name: string) => `${repositoryRoot}/geodata/sources/${name}`

/** Report counts: 114 enterprises; 46 wastewater (60 outlets), 91 waste gas (140 stacks), so 23 have both. */
const COUNTS = { enterprises: 114, wastewater: 46, both: 23, outlets: 60, gasStacks: 140, dust: 220 }
/** Wastewater enterprises per receiving river (rivers with real geometry only). */
const WASTEWATER_RIVERS: [string, number][] = [['黄浦江', 6], ['金汇港', 12], ['竹港', 8], ['浦南运河', 12], ['随塘河', 8]]
const WASTEWATER_INDUSTRIES = ['chemicals', 'pharmaceuticals', 'food', 'textiles', 'metal-finishing', 'electronics', 'sewage-treatment'] as const
const GAS_INDUSTRIES = ['chemicals', 'pharmaceuticals', 'plastics', 'printing', 'coatings', 'electronics'] as const

/** The 8 automatic stations: river, spot along it, designed 2019 means (sample). */
const STATIONS: { river: string; fraction: number; profile: StationProfile }[] = [
  { river: '黄浦江', fraction: 0.5, profile: { CODMn: 3.9, NH3N: 0.42, TP: 0.12, TN: 2.1, DO: 7.2, EC: 720, TURB: 35 } },
  { river: '金汇港', fraction: 0.15, profile: { CODMn: 4.6, NH3N: 0.62, TP: 0.16, TN: 2.4, DO: 6.4, EC: 760, TURB: 30 } },
  { river: '金汇港', fraction: 0.75, profile: { CODMn: 5.3, NH3N: 0.85, TP: 0.21, TN: 2.7, DO: 5.8, EC: 810, TURB: 34 } },
  { river: '竹港', fraction: 0.4, profile: { CODMn: 5.0, NH3N: 0.78, TP: 0.19, TN: 2.6, DO: 6.0, EC: 790, TURB: 28 } },
  { river: '浦南运河', fraction: 0.2, profile: { CODMn: 5.2, NH3N: 0.9, TP: 0.22, TN: 2.8, DO: 5.7, EC: 830, TURB: 38 } },
  { river: '浦南运河', fraction: 0.7, profile: { CODMn: 5.8, NH3N: 1.05, TP: 0.25, TN: 3.0, DO: 5.4, EC: 880, TURB: 42 } },
  { river: '随塘河', fraction: 0.3, profile: { CODMn: 5.6, NH3N: 0.95, TP: 0.24, TN: 2.9, DO: 5.6, EC: 1050, TURB: 45 } },
  { river: '随塘河', fraction: 0.8, profile: { CODMn: 6.3, NH3N: 1.2, TP: 0.28, TN: 3.2, DO: 5.2, EC: 1180, TURB: 50 } },
]

const padded = (value: number, width: number) => String(value).padStart(width, '0')

/** The span of the shipped monthly series: its first and last month. */
function monthlySpan(): [string, string] {
  const text = readFileSync(`${repositoryRoot}/geodata/water/monthly.csv`, 'utf8')
  const months = text.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[1]!).sort()
  return [months[0]!, months[months.length - 1]!]
}

export function buildSources(): void {
  const [land] = readFeatureCollection<Polygon>(basemapPath('land.geojson')).features
  const towns = readFeatureCollection<Polygon>(basemapPath('towns.geojson')).features
  const riverPolygons = readFeatureCollection<Polygon>(basemapPath('rivers.geojson')).features
  if (!land) throw new Error('run the basemap step first')
  const rivers = riverPolygons.map(riverGeometry)
  const riverNamed = (name: string): RiverGeometry => rivers.find((river) => river.name === name) ?? (() => { throw new Error(name) })()
  const locator = townLocator(towns)
  const random = seededRandom(20201114)
  const metadata = sampleMetadata(GENERATED_BY)
  const [firstMonth, lastMonth] = monthlySpan()
  const days = daysBetween(firstMonth, lastMonth)
  const from = days[0]!.getTime()
  const to = days[days.length - 1]!.getTime() + 86_400_000

  // River middle lines: the axis the "possible sources" of a section are measured along.
  writeFeatureCollection(
    sourcesPath('river-lines.geojson'),
    rivers.map((river) => turf.lineString(river.middle.geometry.coordinates, { id: river.name, name: river.name, startSide: river.startSide, sample: false })),
  )

  // Enterprises: wastewater ones beside their receiving river, the others anywhere on land.
  const rules: PlacementRules = { land, rivers, placed: [], spacingKilometres: 0.35 }
  const enterprises: Feature[] = []
  const outlets: Feature[] = []
  const drafts: ReturnType<typeof randomAlarms> = []
  const wastewaterRivers = WASTEWATER_RIVERS.flatMap(([name, count]) => Array.from({ length: count }, () => name))
  const twoOutletIndexes = new Set(Array.from({ length: COUNTS.outlets - COUNTS.wastewater }, (_, index) => Math.floor((index * COUNTS.wastewater) / (COUNTS.outlets - COUNTS.wastewater)) + 1))
  let gasStacksLeft = COUNTS.gasStacks - (COUNTS.enterprises - COUNTS.wastewater + COUNTS.both)
  for (let index = 0; index < COUNTS.enterprises; index++) {
    const id = `E${padded(index + 1, 3)}`
    const wastewater = index < COUNTS.wastewater
    const gas = !wastewater || index < COUNTS.both
    const river = wastewater ? riverNamed(wastewaterRivers[index]!) : undefined
    const position: Position = river ? spotBesideRiver(random, river, rules, 0.25, 1.1) : spotIn(random, land, rules)
    const industry = random.pick(wastewater ? WASTEWATER_INDUSTRIES : GAS_INDUSTRIES)
    const statusDraw = random.next()
    const status = statusDraw < 0.05 ? 'offline' : statusDraw < 0.09 ? 'stopped' : 'online'
    const gasStacks = gas ? 1 + (gasStacksLeft > 0 && random.next() < 0.6 ? (gasStacksLeft--, 1) : 0) : 0
    const outletCount = wastewater ? (twoOutletIndexes.has(index) ? 2 : 1) : 0
    const outletIds: string[] = []
    for (let number = 0; number < outletCount; number++) {
      const outletId = `O${padded(outlets.length / 2 + 1, 2)}`
      outletIds.push(outletId)
      const spot = roundPosition(outletSpot(river!, position, random.between(60, 160), number === 0 ? 0 : random.between(-180, 180)))
      const bank = roundPosition(nearestBankPoint(river!, spot))
      const properties = { id: outletId, kind: 'outlet', name: `示例企业 ${padded(index + 1, 3)} 排口 ${number + 1}`, name_en: `Sample enterprise ${padded(index + 1, 3)} outlet ${number + 1}`, enterprise: id, river: river!.name, town: locator.townOfPoint(spot), sample: true }
      outlets.push(turf.point(spot, properties))
      outlets.push(turf.lineString([spot, bank], { ...properties, id: `${outletId}-link`, kind: 'link', length_m: Math.round(turf.distance(spot, bank) * 1000) }))
    }
    enterprises.push(turf.point(roundPosition(position), {
      id, name: `示例企业 ${padded(index + 1, 3)}`, name_en: `Sample enterprise ${padded(index + 1, 3)}`,
      industry, kind: wastewater && gas ? 'both' : wastewater ? 'wastewater' : 'gas', wastewater, gas, permit: `示例许可-310120-${padded(index + 1, 4)}`, status,
      ...(river ? { river: river.name } : {}), outlets: outletIds.join(' '), gasStacks, town: locator.townOfPoint(position), sample: true,
    }))
    const rate = random.next() < 0.1 ? random.between(6, 10) : random.between(0.5, 3)
    const limits = [...(wastewater ? WASTEWATER_LIMITS : []), ...(gas ? GAS_LIMITS : [])]
    drafts.push(...randomAlarms(random, id, limits, rate, from, to))
  }
  if (gasStacksLeft !== 0) throw new Error(`gas stacks do not add up (${gasStacksLeft} left)`)
  if (outlets.length !== COUNTS.outlets * 2) throw new Error('outlets do not add up')
  writeFeatureCollection(sourcesPath('enterprises.geojson'), enterprises, metadata)
  writeFeatureCollection(sourcesPath('outlets.geojson'), outlets, metadata)

  // Automatic stations, their daily means and the last month's hourly values.
  const stations: Feature[] = []
  const dailyRows = ['station,date,' + STATION_INDICATORS.join(',')]
  const hourlyRows = ['station,time,' + STATION_INDICATORS.join(',')]
  const lastMonthDays = days.filter((day) => isoDate(day).startsWith(lastMonth))
  STATIONS.forEach((station, index) => {
    const id = `AS${padded(index + 1, 2)}`
    const [position] = pointsAlongRiver(riverNamed(station.river).polygon, [station.fraction])
    stations.push(turf.point(roundPosition(position!), { id, name: `示例自动站 ${index + 1}（${station.river}）`, name_en: `Sample station ${index + 1}`, river: station.river, town: locator.townOfPoint(position!), sample: true }))
    const readings = dailyReadings(random, station.profile, days)
    readings.forEach((reading, day) => dailyRows.push([id, isoDate(days[day]!), ...STATION_INDICATORS.map((key) => formatReading(reading[key], key))].join(',')))
    drafts.push(...stationAlarms(id, days, readings))
    lastMonthDays.forEach((day) => {
      const hours = hourlyReadings(random, readings[days.indexOf(day)]!)
      hours.forEach((reading, hour) => hourlyRows.push([id, `${isoDate(day)}T${padded(hour, 2)}`, ...STATION_INDICATORS.map((key) => formatReading(reading[key], key))].join(',')))
    })
  })
  writeFeatureCollection(sourcesPath('stations.geojson'), stations, metadata)
  writeFileSync(sourcesPath('station-daily.csv'), dailyRows.join('\n') + '\n')
  writeFileSync(sourcesPath('station-hourly.csv'), hourlyRows.join('\n') + '\n')

  // Dust points on construction sites with monthly PM10 means while the site is open.
  const monthCount = new Set(days.map((day) => isoDate(day).slice(0, 7))).size
  const dust = dustPoints(random, { land, rivers, placed: [], spacingKilometres: 0.25 }, towns, firstMonth, monthCount)
  for (const point of dust) {
    const { id, start, end } = point.properties
    const [endYear, endMonth] = end.split('-').map(Number) as [number, number]
    drafts.push(...randomAlarms(random, id, [DUST_LIMIT], random.between(0.5, 2.5), Date.parse(`${start}-01T00:00Z`), Math.min(to, Date.UTC(endYear, endMonth, 1))))
  }
  writeFeatureCollection(sourcesPath('dust-points.geojson'), dust, metadata)
  writeFileSync(sourcesPath('alarms.csv'), alarmsCsv(drafts))
}
