// The sample soil-survey parcels (geodata/layers/soil-parcels.geojson).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'

const root = fileURLToPath(new URL('../../geodata/', import.meta.url))
const read = <G extends Feature['geometry']>(path: string) => JSON.parse(readFileSync(root + path, 'utf8')) as FeatureCollection<G>
const parcels = read<Polygon | MultiPolygon>('layers/soil-parcels.geojson').features
const plots = read<Polygon>('layers/remediation-plots.geojson').features
const of = (kind: string, year?: number) =>
  parcels.filter((parcel) => parcel.properties?.kind === kind && (year === undefined || parcel.properties?.year === year))

/** GB 36600-2018 Table 1 (domain-reference §4.1): [screening 1, screening 2, intervention 1, intervention 2] mg/kg. */
const LIMITS: Record<string, [number, number, number, number]> = {
  '7440-38-2': [20, 60, 120, 140],
  '7440-43-9': [20, 65, 47, 172],
  '18540-29-9': [3.0, 5.7, 30, 78],
  '7440-50-8': [2000, 18000, 8000, 36000],
  '7439-92-1': [400, 800, 800, 2500],
  '7439-97-6': [8, 38, 33, 82],
  '7440-02-0': [150, 900, 600, 2000],
  '71-43-2': [1, 4, 10, 40],
  '50-32-8': [0.55, 1.5, 5.5, 15],
}
type Verdict = 'below' | 'screening' | 'intervention'
function verdict(parcel: Feature): Verdict {
  const landClass = parcel.properties?.landClass as 1 | 2
  let worst: Verdict = 'below'
  for (const [cas, value] of Object.entries(parcel.properties?.measurements as Record<string, number>)) {
    const limits = LIMITS[cas]!
    if (value > limits[landClass + 1]!) return 'intervention'
    if (value > limits[landClass - 1]!) worst = 'screening'
  }
  return worst
}
const measured = parcels.filter((parcel) => parcel.properties?.measurements)

describe('soil parcels', () => {
  it('has the report counts: 40 construction-land surveys, 42 enterprises, 2 park perimeters in 2019', () => {
    expect(of('construction-land', 2019)).toHaveLength(40)
    expect(of('construction-land').length).toBeGreaterThan(40)
    expect(of('enterprise', 2019)).toHaveLength(42)
    expect(of('park-perimeter', 2019).map((parcel) => parcel.properties?.name).join()).toMatch(/星火地区.*化工分区|化工分区.*星火地区/)
  })

  it('keeps reduction parcels small (0.3–1.5 ha) and in agricultural towns', () => {
    for (const parcel of of('reduction')) {
      expect(turf.area(parcel) / 10_000).toBeGreaterThanOrEqual(0.3)
      expect(turf.area(parcel) / 10_000).toBeLessThanOrEqual(1.5)
      expect(['南桥镇', '奉浦街道', '金海街道', '西渡街道']).not.toContain(parcel.properties?.town)
    }
  })

  it('uses valid kinds, statuses and survey months', () => {
    for (const parcel of parcels) {
      const { kind, status, year, surveyed, landClass } = parcel.properties ?? {}
      expect(['reduction', 'construction-land', 'enterprise', 'park-perimeter']).toContain(kind)
      expect(['planned', 'surveying', 'completed']).toContain(status)
      expect([1, 2]).toContain(landClass)
      if (status === 'completed') expect(surveyed).toMatch(new RegExp(`^${year}-(0[1-9]|1[0-2])$`))
      else expect(surveyed).toBeUndefined()
      expect(Math.abs(parcel.properties?.area_m2 - turf.area(parcel))).toBeLessThanOrEqual(1)
    }
  })

  it('keys measurements by CAS number and mostly stays below the screening values', () => {
    expect(measured.length).toBeGreaterThan(40)
    for (const parcel of measured) for (const cas of Object.keys(parcel.properties?.measurements)) expect(LIMITS).toHaveProperty([cas])
    const below = measured.filter((parcel) => verdict(parcel) === 'below').length
    expect(below / measured.length).toBeGreaterThan(0.85)
  })

  it('puts the exceedances near 原塘外化工区 or the 化工分区 perimeter, with one or two above intervention', () => {
    const tangwai = plots.find((plot) => plot.properties?.name === '原塘外化工区')!
    const chemicalPark = parcels.find((parcel) => String(parcel.properties?.name).startsWith('化工分区'))!
    const hotspots = [turf.centroid(tangwai), turf.centroid(chemicalPark)]
    const exceeding = measured.filter((parcel) => verdict(parcel) !== 'below')
    expect(exceeding.length).toBeGreaterThanOrEqual(3)
    const aboveIntervention = exceeding.filter((parcel) => verdict(parcel) === 'intervention')
    expect(aboveIntervention.length).toBeGreaterThanOrEqual(1)
    expect(aboveIntervention.length).toBeLessThanOrEqual(2)
    for (const parcel of exceeding) {
      const distance = Math.min(...hotspots.map((spot) => turf.distance(turf.centroid(parcel), spot)))
      expect(distance).toBeLessThan(3)
    }
  })

  it('never overlaps two parcels', () => {
    const boxes = parcels.map((parcel) => turf.bbox(parcel))
    const overlapping: string[] = []
    parcels.forEach((parcel, index) => {
      const [west, south, east, north] = boxes[index]!
      parcels.forEach((other, otherIndex) => {
        if (otherIndex <= index) return
        const [otherWest, otherSouth, otherEast, otherNorth] = boxes[otherIndex]!
        if (otherWest > east || otherEast < west || otherSouth > north || otherNorth < south) return
        if (turf.intersect(turf.featureCollection([parcel, other]))) overlapping.push(`${parcel.properties?.id}/${other.properties?.id}`)
      })
    })
    expect(overlapping).toEqual([])
  })
})
