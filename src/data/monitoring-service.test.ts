// The monitoring series from a service (issue #17 §3), against answers recorded from the stack's
// MapServer 8.0.0 (tests/fixtures/monitoring-service/, `npm run stack`), plus faults a real server does
// not give on demand (a 500, a connection refused).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { parseMonthlyCsv } from './monitoring/index.ts'
import { firstMonitoringUrl, loadMonitoringService, MonitoringServiceError, monitoringServiceOf, type MonitoringService } from './monitoring-service.ts'
import { parseCatalogue } from './load-catalogue.ts'
import { readServiceSeries } from './monitoring/read-service.ts'
import { readSeriesText, transferables } from './monitoring/read-series.ts'

const fixture = (name: string) => readFileSync(`tests/fixtures/monitoring-service/${name}`, 'utf8')
const sectionsFile = JSON.parse(readFileSync('geodata/layers/sections.geojson', 'utf8')) as FeatureCollection
const sections = sectionsFile.features.map((feature) => ({ id: String(feature.properties?.id), name: String(feature.properties?.name) }))
const BASE = 'http://app.test/'
const OGC: MonitoringService = { kind: 'ogc-features', url: 'shuitian/ogcapi/collections/monitoring', pageSize: 3 }
const WFS: MonitoringService = { kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitoring', pageSize: 3 }
const EXTENT: [number, number, number, number] = [121.36, 30.78, 121.76, 31.01]

/** Answers each request by the first matching rule; records every URL asked for. */
function server(rules: [test: (url: URL) => boolean, answer: () => Response][]) {
  const asked: URL[] = []
  const fetchPage = (async (input: URL | RequestInfo) => {
    const url = new URL(String(input))
    asked.push(url)
    const rule = rules.find(([test]) => test(url))
    if (!rule) throw new TypeError('Failed to fetch')
    return rule[1]()
  }) as typeof fetch
  return { asked, fetchPage }
}
const json = (text: string) => () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } })
const start = (index: number) => (url: URL) => url.searchParams.get('startIndex') === String(index)
const emptyPage = json('{"type":"FeatureCollection","features":[]}')

describe('reading the monitoring series from a service', () => {
  it('asks OGC API for the sections’ extent and the months, and WFS with a filter on both', () => {
    const ogc = firstMonitoringUrl({ ...OGC, from: '2019-01', to: '2019-11' }, BASE, EXTENT)
    expect(ogc.pathname).toBe('/shuitian/ogcapi/collections/monitoring/items')
    expect(ogc.searchParams.get('limit')).toBe('3')
    expect(ogc.searchParams.get('bbox')).toBe('121.36,30.78,121.76,31.01')
    expect(ogc.searchParams.get('datetime')).toBe('2019-01-01T00:00:00Z/2019-11-30T23:59:59Z')
    const wfs = firstMonitoringUrl({ ...WFS, from: '2019-01', to: '2019-11' }, BASE, EXTENT)
    const filter = wfs.searchParams.get('FILTER') ?? ''
    expect(filter).toContain('<gml:lowerCorner>30.78 121.36</gml:lowerCorner>')
    expect(filter).toContain('<PropertyIsGreaterThanOrEqualTo><ValueReference>month</ValueReference><Literal>2019-01</Literal>')
    expect(filter).toContain('<PropertyIsLessThanOrEqualTo><ValueReference>month</ValueReference><Literal>2019-11</Literal>')
    expect(wfs.searchParams.get('startIndex')).toBe('0')
  })

  it('pages through WFS and gives the same records as the shipped table', async () => {
    const { asked, fetchPage } = server([
      [start(0), json(fixture('wfs-start0.json'))],
      [start(3), json(fixture('wfs-start3.json'))],
      [start(6), emptyPage],
    ])
    const progress: number[] = []
    const loaded = await loadMonitoringService(WFS, { baseUrl: BASE, sections, extent: EXTENT, fetchPage, onProgress: (step) => progress.push(step.read) })
    expect(asked.map((url) => url.searchParams.get('startIndex'))).toEqual(['0', '3', '6'])
    expect(progress).toEqual([3, 6, 6])
    const csv = parseMonthlyCsv(readFileSync('geodata/water/monthly.csv', 'utf8')).records.slice(0, 6)
    expect(loaded.records).toEqual(csv)
    expect(loaded.records[0]?.values.CN).toEqual({ kind: 'below-detection', detectionLimit: 0.004 })
    expect(loaded.problems).toEqual([])
  })

  it('reads the rows into the same columns and class matrix as the shipped table’s, with typed arrays to hand over', async () => {
    const { fetchPage } = server([
      [start(0), json(fixture('wfs-start0.json'))],
      [start(3), json(fixture('wfs-start3.json'))],
      [start(6), emptyPage],
    ])
    const sectionIds = sections.map((section) => section.id)
    const progress: number[] = []
    const read = await readServiceSeries({ service: WFS, baseUrl: BASE, sectionIds, sections, extent: EXTENT }, (step) => progress.push(step.pages), fetchPage)
    expect([read.read, read.pages, read.truncated, progress]).toEqual([6, 3, false, [1, 2, 3]])
    const csv = readSeriesText(readFileSync('geodata/water/monthly.csv', 'utf8').split('\n').slice(0, 7).join('\n'), sectionIds)
    expect(read.columns).toEqual(csv.columns)
    expect(read.matrix).toEqual(csv.matrix)
    expect(read.problems).toEqual([])
    expect(transferables(read).length).toBeGreaterThan(2)
  })

  it('stops with a named failure when MapServer 8.0.0 answers the `next` page with the first again', async () => {
    // Recorded: `offset=3` brought 2018-01…03 again (MapServer #6613).
    const { asked, fetchPage } = server([
      [(url) => url.searchParams.get('offset') === '3', json(fixture('ogc-page-limit3-offset3.json'))],
      [(url) => url.pathname.endsWith('/items'), json(fixture('ogc-page-limit3.json'))],
    ])
    const failure = await loadMonitoringService(OGC, { baseUrl: BASE, sections, extent: null, fetchPage }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MonitoringServiceError)
    expect((failure as MonitoringServiceError).kind).toBe('repeated-page')
    expect((failure as MonitoringServiceError).url).toContain('offset=3')
    expect((failure as MonitoringServiceError).detail).toBe('3/1620')
    expect(asked).toHaveLength(2)
  })

  it('reports duplicate section-months and unknown indicators by row, in the CSV reader’s words', async () => {
    const page = JSON.parse(fixture('wfs-start0.json')) as FeatureCollection
    const [first, second] = page.features
    const duplicate = { ...first!, properties: { ...first!.properties, fid: 99, TP: '0.5' } }
    const unknown = { ...second!, properties: { ...second!.properties, fid: 98, month: '2018-05', Mn: '0.1' } }
    const { fetchPage } = server([[() => true, json(JSON.stringify({ ...page, features: [first, second, duplicate, unknown] }))]])
    const loaded = await loadMonitoringService({ ...WFS, pageSize: 10 }, { baseUrl: BASE, sections, extent: null, fetchPage })
    expect(loaded.records.map((record) => `${record.sectionId} ${record.month}`)).toEqual(['FX01 2018-01', 'FX01 2018-02', 'FX01 2018-05'])
    expect(loaded.records[0]?.values.TP).toEqual({ kind: 'value', value: 0.149 })
    expect(loaded.problems.map((problem) => problem.reason)).toEqual([
      '第 4 行：与第 2 行为同一断面同一月份，重复行已跳过',
      '第 5 行（FX01 2018-05）“Mn”列：无法识别的指标，值“0.1”已忽略',
    ])
    expect(loaded.problems.map((problem) => problem.row)).toEqual([4, 5])
  })

  it('keeps only the months asked for when the server ignores `datetime` (MapServer 8.0.0 does)', async () => {
    const { fetchPage } = server([[() => true, json(fixture('ogc-page-limit3.json').replace(/"rel":"next"/, '"rel":"none"'))]])
    const loaded = await loadMonitoringService({ ...OGC, from: '2018-02', to: '2018-02' }, { baseUrl: BASE, sections, extent: null, fetchPage })
    expect(loaded.records.map((record) => record.month)).toEqual(['2018-02'])
  })

  it('names the service when it is down, answers 500 or sends something that is not GeoJSON', async () => {
    const failureOf = async (rules: Parameters<typeof server>[0]) =>
      (await loadMonitoringService(WFS, { baseUrl: BASE, sections, extent: null, fetchPage: server(rules).fetchPage }).catch((error: unknown) => error)) as MonitoringServiceError
    const down = await failureOf([])
    expect([down.kind, down.url]).toEqual(['unreachable', expect.stringContaining('http://app.test/shuitian/wfs?')])
    const broken = await failureOf([[() => true, () => new Response('boom', { status: 500 })]])
    expect([broken.kind, broken.detail]).toEqual(['http', 'HTTP 500'])
    // Recorded: MapServer's answer to a misspelt typeNames (a WFS exception report, XML).
    const exception = await failureOf([[() => true, () => new Response(fixture('wfs-exception.xml'), { status: 200 })]])
    expect(exception.kind).toBe('invalid-body')
    expect(exception.detail).toContain("TYPENAME 'monitorin' doesn't exist")
    const noRows = await failureOf([[() => true, emptyPage]])
    expect(noRows.kind).toBe('no-rows')
  })
})

describe('the catalogue’s monitoring entry', () => {
  it('names the service, its months and limits; anything else is no service', () => {
    expect(monitoringServiceOf({ kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitoring', from: '2019-01', pageSize: 2000 }))
      .toEqual({ kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitoring', from: '2019-01', pageSize: 2000 })
    expect(monitoringServiceOf({ kind: 'ogc-features', url: 'x', bbox: false })).toEqual({ kind: 'ogc-features', url: 'x', bbox: false })
    expect(monitoringServiceOf({ kind: 'wfs', url: 'shuitian/wfs' })).toBeNull()
    expect(monitoringServiceOf({ kind: 'ogc-features', url: 'x', from: '2019-13' })).toBeNull()
    expect(monitoringServiceOf('shuitian/wfs')).toBeNull()
    // The catalogue keeps the entry as written; its reader checks it, and loads only when there is one.
    expect(parseCatalogue({ layers: [], monitoring: { kind: 'wfs' } }, []).monitoring).toEqual({ kind: 'wfs' })
    expect(parseCatalogue({ layers: [] }, []).monitoring).toBeUndefined()
  })
})
