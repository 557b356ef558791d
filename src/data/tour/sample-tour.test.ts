import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { emptyFilter } from '@/domain/filters/section-filter.ts'
import { compareMonths } from '@/domain/time/month.ts'
import { isFitCamera, type Tour } from '@/domain/tour/types.ts'
import { stopPermalink, stopToViewState } from '@/domain/tour/view-link.ts'
import { decodeViewState } from '@/domain/view-state/decode.ts'
import type { ViewState } from '@/domain/view-state/types.ts'
import { parseTourText } from './parse-tour.ts'

const geodata = fileURLToPath(new URL('../../../geodata/', import.meta.url))
const LAYER_IDS = ['sections', 'remediation-plots', 'soil-parcels', 'greenways'] as const

interface LayerFeature {
  properties: Record<string, unknown> & { id: string; name: string }
  geometry: { type: string }
}

function readLayer(id: string): LayerFeature[] {
  return (JSON.parse(readFileSync(`${geodata}layers/${id}.geojson`, 'utf8')) as { features: LayerFeature[] }).features
}

const layers = new Map(LAYER_IDS.map((id) => [id as string, readLayer(id)]))
const featureOf = (layerId: string, featureId: string) => layers.get(layerId)?.find((feature) => feature.properties.id === featureId)

function loadTour(fileName: string): Tour {
  const result = parseTourText(readFileSync(`${geodata}tours/${fileName}`, 'utf8'), fileName, { layerIds: LAYER_IDS })
  if ('errors' in result) throw new Error(result.errors.join('\n'))
  expect(result.warnings).toEqual([])
  return result.tour
}

// index.json lists the tours for the app; every other JSON file there is a tour.
const tourFiles = readdirSync(`${geodata}tours`).filter((name) => name.endsWith('.json') && name !== 'index.json')

describe.each(tourFiles)('shipped tour %s', (fileName) => {
  const tour = loadTour(fileName)
  const references = tour.stops.flatMap((stop, index) => stop.features.map((feature) => ({ index, ...feature })))

  it.each(references)('stops[$index] names $layerId $featureId, which exists in the layer file', ({ layerId, featureId }) => {
    expect(featureOf(layerId, featureId)).toBeDefined()
  })

  it('uses every group, and stays within the months of the sample data and the district', () => {
    const usedGroups = new Set(tour.stops.map((stop) => stop.group))
    expect(tour.groups.every((group) => usedGroups.has(group.id))).toBe(true)
    for (const stop of tour.stops) {
      expect(compareMonths(stop.clock.month, '2018-01')).toBeGreaterThanOrEqual(0)
      expect(compareMonths(stop.clock.month, '2020-12')).toBeLessThanOrEqual(0)
      if (!isFitCamera(stop.camera)) {
        const [longitude, latitude] = stop.camera.center
        expect(longitude).toBeGreaterThan(121.34)
        expect(longitude).toBeLessThan(121.78)
        expect(latitude).toBeGreaterThan(30.78)
        expect(latitude).toBeLessThan(31.02)
      }
    }
  })

  it('filters only by rivers and towns that the sections have', () => {
    const sections = layers.get('sections') ?? []
    const rivers = new Set(sections.map((section) => section.properties.river))
    const towns = new Set(sections.map((section) => section.properties.town))
    for (const stop of tour.stops) {
      for (const river of stop.filter?.rivers ?? []) expect(rivers).toContain(river)
      for (const town of stop.filter?.towns ?? []) expect(towns).toContain(town)
    }
  })

  it('gives every stop a link that restores its view', () => {
    const base: ViewState = {
      camera: { center: [121.56, 30.9], zoom: 10, bearing: 0, pitch: 0 },
      layers: LAYER_IDS.map((id) => ({ id, visible: id === 'sections', opacity: 1 })),
      clock: { month: '2020-12', mode: 'month' },
      compare: 'none',
      filter: emptyFilter(),
      selected: null,
    }
    tour.stops.forEach((stop, index) => {
      const decoded = decodeViewState(stopPermalink(tour, index, base), base)
      expect(decoded.problems).toEqual([])
      expect(decoded.state).toEqual(stopToViewState(stop, base))
      expect(decoded.extras).toEqual({ tour: tour.id, stop: String(index + 1) })
    })
  })
})

describe('the 2019 sample inspection tour', () => {
  const tour = loadTour('2019-inspection.json')
  const named = (layerId: string) =>
    tour.stops.flatMap((stop) => stop.features.filter((feature) => feature.layerId === layerId))
      .map((feature) => featureOf(feature.layerId, feature.featureId)?.properties)

  it('is a sample with several groups and 10–15 stops', () => {
    expect(tour.title).toBe('2019年度“水天一色”立功竞赛视察')
    expect(tour.sample).toBe(true)
    expect(tour.groups.length).toBeGreaterThanOrEqual(3)
    expect(tour.stops.length).toBeGreaterThanOrEqual(10)
    expect(tour.stops.length).toBeLessThanOrEqual(15)
  })

  it('visits the sites the report names', () => {
    expect(named('sections').map((properties) => properties?.name)).toContain('金汇港-钱桥')
    const plots = named('remediation-plots').map((properties) => properties?.name)
    expect(plots).toContain('南桥新城14单元06A-02A')
    expect(plots).toContain('原塘外化工区')
    const soil = named('soil-parcels').map((properties) => properties?.kind)
    expect(soil).toContain('park-perimeter')
    expect(soil).toContain('reduction')
    const green = named('greenways').map((properties) => properties?.kind)
    expect(green).toEqual(expect.arrayContaining(['greenway', 'park']))
    // The year's green totals (greenway km, corridor 亩, park ha, vertical m²) come from a stop that
    // names no feature and shows the layer: the figures panel sums every built project of the year.
    expect(tour.stops.some((stop) => stop.features.length === 0 && stop.layers.includes('greenways'))).toBe(true)
  })

  it('types no figures into captions: numbers there are years or standards only', () => {
    for (const stop of tour.stops) {
      for (const caption of [stop.caption, stop.caption_en ?? '']) {
        const numbers = caption.match(/\d+(?:\.\d+)?/g) ?? []
        expect(numbers.filter((number) => !['2018', '2019', '2020', '36600', '3838'].includes(number)), caption).toEqual([])
      }
    }
  })

  it('speaks to a leader in both languages, without authoring notes about the app', () => {
    for (const stop of tour.stops) {
      expect(stop.title_en, stop.id).toBeTruthy()
      expect(stop.caption_en, stop.id).toBeTruthy()
      expect(stop.caption).not.toMatch(/卡片|点选|可拖动/)
      expect(stop.caption_en).not.toMatch(/\bcard\b|click/i)
    }
    expect(tour.groups.every((group) => group.name_en)).toBe(true)
  })
})
