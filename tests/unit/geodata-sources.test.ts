/**
 * The sample data of the pollution-source family (geodata/sources, scripts/geodata/sources) holds the
 * counts of the bureau's 2020 report (智慧环保: 114 enterprises online, 46 wastewater enterprises with 60
 * outlets, 91 waste-gas enterprises with 140 outlets, 8 surface-water stations, 220 dust points), is all
 * marked sample, and hangs together (every alarm's source exists, every outlet link reaches its river).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson'
import { parseAlarms, parseStationReadings } from '@/data/sources/parse-sources.ts'
import { stationClassOfPeriod, readingsOf } from '@/domain/sources/index.ts'

const read = (path: string) => readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8')
const collection = <G extends Point | LineString | Polygon>(path: string) => JSON.parse(read(path)) as FeatureCollection<G> & { metadata?: { sample?: boolean } }

const enterprises = collection<Point>('sources/enterprises.geojson')
const outlets = collection<Point | LineString>('sources/outlets.geojson')
const stations = collection<Point>('sources/stations.geojson')
const dust = collection<Point>('sources/dust-points.geojson')
const rivers = collection<Polygon>('basemap/rivers.geojson')
const property = (feature: Feature, key: string) => (feature.properties as Record<string, unknown>)[key]

describe('pollution-source sample data', () => {
  it('has the report counts', () => {
    expect(enterprises.features).toHaveLength(114)
    expect(enterprises.features.filter((feature) => property(feature, 'wastewater') === true)).toHaveLength(46)
    expect(enterprises.features.filter((feature) => property(feature, 'gas') === true)).toHaveLength(91)
    expect(enterprises.features.reduce((sum, feature) => sum + Number(property(feature, 'gasStacks')), 0)).toBe(140)
    expect(outlets.features.filter((feature) => property(feature, 'kind') === 'outlet')).toHaveLength(60)
    expect(stations.features).toHaveLength(8)
    expect(dust.features).toHaveLength(220)
  })

  it('is marked sample data everywhere, with fictional names only', () => {
    for (const file of [enterprises, outlets, stations, dust]) {
      expect(file.metadata?.sample).toBe(true)
      for (const feature of file.features) {
        expect(property(feature, 'sample')).toBe(true)
        expect(String(property(feature, 'name'))).toMatch(/示例/)
      }
    }
  })

  it("gives each wastewater enterprise its outlets on its own river, each linked to that river's bank", () => {
    const riverNamed = new Map(rivers.features.map((river) => [String(property(river, 'name')), river]))
    for (const enterprise of enterprises.features.filter((feature) => property(feature, 'wastewater') === true)) {
      const ids = String(property(enterprise, 'outlets')).split(' ')
      expect(ids.length).toBeGreaterThanOrEqual(1)
      for (const id of ids) {
        const link = outlets.features.find((feature) => property(feature, 'id') === `${id}-link`) as Feature<LineString>
        expect(property(link, 'river')).toBe(property(enterprise, 'river'))
        const end = link.geometry.coordinates[1]!
        const distance = Math.abs(turf.pointToPolygonDistance(turf.point(end), riverNamed.get(String(property(link, 'river')))!, { units: 'meters' }))
        expect(distance).toBeLessThan(1)
      }
    }
  })

  it('has a reading for every station and day of the monthly series span, and hourly values of its last month', () => {
    const daily = parseStationReadings(read('sources/station-daily.csv'))
    expect(daily.skipped).toEqual([])
    expect(daily.rows).toHaveLength(8 * 1096) // 2018-01-01 … 2020-12-31
    const hourly = parseStationReadings(read('sources/station-hourly.csv'))
    expect(hourly.rows).toHaveLength(8 * 31 * 24)
    expect(hourly.rows.every((row) => row.time.startsWith('2020-12'))).toBe(true)
    // Classes vary between stations and months (the map has something to show).
    const classes = new Set(stations.features.flatMap((station) => ['2018-01', '2019-07', '2020-12'].map((month) => stationClassOfPeriod(readingsOf(daily.rows, String(property(station, 'id'))), [month])?.waterClass)))
    expect(classes.size).toBeGreaterThanOrEqual(3)
  })

  it('has alarms only from known sources, each ending after it starts', () => {
    const alarms = parseAlarms(read('sources/alarms.csv'))
    expect(alarms.skipped).toEqual([])
    const known = new Set([...enterprises.features, ...stations.features, ...dust.features].map((feature) => String(property(feature, 'id'))))
    expect(alarms.rows.length).toBeGreaterThan(500)
    expect(alarms.rows.filter((alarm) => !known.has(alarm.source))).toEqual([])
  })
})
