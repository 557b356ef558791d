// Checks shared by the four committed sample layers (geodata/layers/), and the 2019 totals that the
// map must reproduce from the bureau's 2020 work report.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson'

const root = fileURLToPath(new URL('../../geodata/', import.meta.url))
type Layer = FeatureCollection & { metadata?: { sample?: boolean; generatedBy?: string; note?: string } }
const read = (path: string) => JSON.parse(readFileSync(root + path, 'utf8')) as Layer

const LAYERS = ['sections.geojson', 'remediation-plots.geojson', 'soil-parcels.geojson', 'greenways.geojson']
const CURRENT_TOWNS = ['南桥镇', '奉城镇', '庄行镇', '金汇镇', '四团镇', '青村镇', '柘林镇', '海湾镇', '奉浦街道', '海湾旅游区', '金海街道', '西渡街道']
const ID_PATTERNS: Record<string, RegExp> = {
  'sections.geojson': /^FX\d{2}$/,
  'remediation-plots.geojson': /^RP\d{2}$/,
  'soil-parcels.geojson': /^SP\d{4}$/,
  'greenways.geojson': /^GW\d{3}$/,
}
/** Land outline grown by 200 m: rounding and the generalised coast must not fail a feature on the shore. */
const land = turf.buffer(read('basemap/land.geojson').features[0] as Feature<Polygon>, 0.2, { units: 'kilometers' })!
const towns = read('basemap/towns.geojson').features as Feature<Polygon>[]

function vertices(feature: Feature): Position[] {
  return turf.coordAll(feature)
}

describe.each(LAYERS)('%s', (file) => {
  const layer = read(`layers/${file}`)

  it('is marked as sample data at file and feature level', () => {
    expect(layer.metadata).toMatchObject({ sample: true, note: '示例数据 Sample data — not official bureau data' })
    expect(layer.metadata?.generatedBy).toMatch(/^scripts\/geodata\//)
    expect(layer.features.every((feature) => feature.properties?.sample === true)).toBe(true)
  })

  it('gives every feature a unique id and a name', () => {
    const ids = layer.features.map((feature) => String(feature.properties?.id))
    expect(ids.every((id) => ID_PATTERNS[file]!.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect(layer.features.every((feature) => String(feature.properties?.name ?? '').length > 0)).toBe(true)
  })

  it('keeps every feature on land (no markers or shapes in the sea)', () => {
    const outside = layer.features.filter((feature) => vertices(feature).some((position) => !turf.booleanPointInPolygon(position, land)))
    expect(outside.map((feature) => feature.properties?.id)).toEqual([])
  })

  it('names the current town that holds each feature', () => {
    for (const feature of layer.features) expect(CURRENT_TOWNS).toContain(feature.properties?.town)
  })

  it('computes the town of point features from their position', () => {
    const points = layer.features.filter((feature) => feature.geometry.type === 'Point')
    for (const point of points) {
      const holders = towns.filter((town) => turf.booleanPointInPolygon(point as Feature<never>, town))
      if (holders.length > 0) expect(holders.map((town) => town.properties?.name)).toContain(point.properties?.town)
    }
  })
})

describe('2019 totals match the bureau report (within 0.5 %)', () => {
  const builtIn2019 = (kind: string) =>
    read('layers/greenways.geojson').features.filter(
      (feature) => feature.properties?.kind === kind && feature.properties?.year === 2019 && feature.properties?.status === 'built',
    )
  const within = (value: number, target: number) => expect(Math.abs(value - target) / target).toBeLessThan(0.005)

  it('217 reduction parcels surveyed, 172.53 ha in total', () => {
    const reduction = read('layers/soil-parcels.geojson').features.filter(
      (feature) => feature.properties?.kind === 'reduction' && feature.properties?.year === 2019 && feature.properties?.status === 'completed',
    )
    expect(reduction).toHaveLength(217)
    const hectares = reduction.reduce((sum, feature) => sum + turf.area(feature), 0) / 10_000
    within(hectares, 172.53)
    expect(Math.abs(hectares - 172.53)).toBeLessThan(0.05)
  })

  it('23.25 km of greenways', () => {
    within(builtIn2019('greenway').reduce((sum, feature) => sum + turf.length(feature), 0), 23.25)
  })

  it('1350 亩 of ecological corridors', () => {
    within(builtIn2019('corridor').reduce((sum, feature) => sum + turf.area(feature), 0) / (10_000 / 15), 1350)
  })

  it('134.18 ha of parks', () => {
    within(builtIn2019('park').reduce((sum, feature) => sum + turf.area(feature), 0) / 10_000, 134.18)
  })

  it('1.63 万 m² of vertical greening', () => {
    within(builtIn2019('vertical-greening').reduce((sum, feature) => sum + Number(feature.properties?.area_m2), 0), 16_300)
  })
})
