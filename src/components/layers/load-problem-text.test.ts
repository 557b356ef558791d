import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateFeatureCollection, type FeatureProblem, type FeatureProblemKind } from '@/data/geojson-validation.ts'
import { loadFeatureService } from '@/data/feature-service.ts'
import { loadExtraCatalogue, parseCatalogue, type CatalogueProblem, type CatalogueProblemKind } from '@/data/load-catalogue.ts'
import { catalogueProblemText, skippedReason, skippedSummary } from './load-problem-text.ts'

const point = (id: unknown, coordinates: unknown = [121.5, 30.9]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { id } })
/** The problems the real validator reports for a collection of these features. */
const skipped = (...features: unknown[]) => validateFeatureCollection({ type: 'FeatureCollection', features }).problems

/** A feature service with 3 features whose layer may read only 2 (fetch answers from memory). */
async function truncatedService(): Promise<FeatureProblem[]> {
  const body = JSON.stringify({ type: 'FeatureCollection', features: [point('a'), point('b'), point('c')] })
  const fetchPage = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch
  return (await loadFeatureService({ kind: 'ogc-features', url: 'ogc/sites', maxFeatures: 2 }, 'http://localhost/', fetchPage)).problems
}

/** A service that ignores the offset and answers the first page again, with a `next` link each time. */
async function repeatingService(): Promise<FeatureProblem[]> {
  const body = JSON.stringify({ type: 'FeatureCollection', features: [point('a'), point('b')], links: [{ rel: 'next', href: 'items?offset=2' }] })
  const fetchPage = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch
  return (await loadFeatureService({ kind: 'ogc-features', url: 'ogc/sites' }, 'http://localhost/', fetchPage)).problems
}

interface SkippedCase {
  problems: () => FeatureProblem[] | Promise<FeatureProblem[]>
  zh: string
  en: string
}
// Record<Kind, …>: a kind added to the loader fails type-checking here until it has a case.
const SKIPPED_CASES: Record<FeatureProblemKind, SkippedCase> = {
  'no-geometry': { problems: () => skipped({ type: 'Feature', geometry: null, properties: { id: 'a' } }), zh: '没有几何图形', en: 'no geometry' },
  'unsupported-type': { problems: () => skipped({ type: 'Feature', geometry: { type: 'Circle' }, properties: { id: 'a' } }), zh: '不支持的几何类型 Circle', en: 'unsupported geometry type Circle' },
  'bad-coordinates': { problems: () => skipped(point('a', [121, 'x'])), zh: '坐标为空或不是有效数值', en: 'coordinates are empty or not finite numbers' },
  'no-id': { problems: () => skipped(point(undefined)), zh: '缺少 "id" 属性', en: 'no "id" property' },
  'duplicate-id': { problems: () => skipped(point('FX01'), point('FX01')), zh: 'id FX01 重复', en: 'duplicate id FX01' },
  'repeated-page': {
    problems: repeatingService,
    zh: '服务在第 2 个要素之后重复返回已读取的要素（未按分页返回），其余要素未读取',
    en: 'after 2 features the service sent features already read again (it ignores paging); the rest were not read',
  },
  truncated: { problems: truncatedService, zh: '只读取了前 2 个要素（服务设置的 maxFeatures 上限）', en: 'only the first 2 features were read (maxFeatures of the service)' },
}

describe.each(Object.entries(SKIPPED_CASES))('a skipped feature of kind %s', (kind, { problems, zh, en }) => {
  it('is worded in Chinese by default and in English after the switch', async () => {
    const problem = (await problems()).find((candidate) => candidate.kind === kind)!
    expect(skippedReason(problem, 'zh')).toBe(zh)
    expect(skippedReason(problem, 'en')).toBe(en)
    // The English wording is the loader's own reason, which logs and tests read.
    expect(problem.reason).toBe(en)
  })
})

describe('the skipped-feature line', () => {
  it('names the first three features by index, in the planner language', () => {
    const problems = skipped(point(undefined), point('a'), point('a'), { type: 'Feature', geometry: null, properties: {} }, point(null))
    expect(skippedSummary(problems, 'zh')).toBe('#0 缺少 "id" 属性；#2 id a 重复；#3 没有几何图形')
    expect(skippedSummary(problems, 'en')).toBe('#0 no "id" property; #2 duplicate id a; #3 no geometry')
  })

  it('cuts a huge value from the file', () => {
    const [problem] = skipped(point('x'.repeat(5000)), point('x'.repeat(5000)))
    expect(Array.from(skippedReason(problem!, 'zh')).length).toBeLessThan(80)
  })

  it('shows an entry without a kind by its own reason', () => {
    expect(skippedSummary([{ index: 4, reason: 'outside the district' }], 'zh')).toBe('#4 outside the district')
  })
})

interface CatalogueCase {
  problem: () => CatalogueProblem | undefined | Promise<CatalogueProblem | undefined>
  zh: string
  en: string
}
const entry = (layer: unknown, reserved: string[] = []) => parseCatalogue({ layers: [{ id: 'ok', name: { zh: '好' }, source: 'a.geojson' }, layer] }, reserved).problemDetails[0]

afterEach(() => {
  vi.unstubAllGlobals()
})

const CATALOGUE_CASES: Record<CatalogueProblemKind, CatalogueCase> = {
  'not-a-list': { problem: () => parseCatalogue({ layers: {} }, []).problemDetails[0], zh: 'geodata/catalogue.json："layers" 应为列表', en: 'geodata/catalogue.json: "layers" must be a list' },
  'bad-id': {
    problem: () => entry({ id: 'Bad Id', name: { zh: '坏' } }),
    zh: 'geodata/catalogue.json：layers[1].id 只能由小写字母、数字和 "-" 组成（最多 40 个字符）',
    en: 'geodata/catalogue.json: layers[1].id must be lower-case letters, digits and "-" (at most 40)',
  },
  'id-taken': { problem: () => entry({ id: 'sections', name: { zh: '断面' } }, ['sections']), zh: 'geodata/catalogue.json：layers[1].id "sections" 已被使用', en: 'geodata/catalogue.json: layers[1].id "sections" is already used' },
  'no-name': { problem: () => entry({ id: 'sites', name: { en: 'Sites' } }), zh: 'geodata/catalogue.json：layers[1].name.zh 缺失（需要中文图层名）', en: 'geodata/catalogue.json: layers[1].name.zh is missing (the layer needs a Chinese name)' },
  'bad-service': {
    problem: () => entry({ id: 'sites', name: { zh: '站点' }, service: { kind: 'wfs', url: 'wfs' } }),
    zh: 'geodata/catalogue.json：layers[1].service 应为 {kind: "ogc-features", url} 或 {kind: "wfs", url, typeName}',
    en: 'geodata/catalogue.json: layers[1].service must be {kind: "ogc-features", url} or {kind: "wfs", url, typeName}',
  },
  'bad-tiles': {
    problem: () => entry({ id: 'sites', name: { zh: '站点' }, tiles: { kind: 'mbtiles' } }),
    zh: 'geodata/catalogue.json：layers[1].tiles 应为 {kind: "pmtiles", url, sourceLayer}',
    en: 'geodata/catalogue.json: layers[1].tiles must be {kind: "pmtiles", url, sourceLayer}',
  },
  'no-source': {
    problem: () => entry({ id: 'sites', name: { zh: '站点' } }),
    zh: 'geodata/catalogue.json：layers[1] 需要 "source" 文件、"service" 或 "tiles" 之一',
    en: 'geodata/catalogue.json: layers[1] needs a "source" file, a "service" or "tiles"',
  },
  'invalid-json': {
    problem: async () => {
      vi.stubGlobal('fetch', async () => new Response('{"layers": [', { status: 200 }))
      return (await loadExtraCatalogue('http://localhost/', [])).problemDetails[0]
    },
    zh: 'geodata/catalogue.json：不是有效的 JSON（',
    en: 'geodata/catalogue.json: not valid JSON (',
  },
}

describe.each(Object.entries(CATALOGUE_CASES))('a catalogue problem of kind %s', (kind, { problem, zh, en }) => {
  it('names the file and the entry, in Chinese by default and in English after the switch', async () => {
    const found = await problem()
    expect(found?.kind).toBe(kind)
    expect(catalogueProblemText(found!, 'zh').startsWith(zh), catalogueProblemText(found!, 'zh')).toBe(true)
    expect(catalogueProblemText(found!, 'en').startsWith(en), catalogueProblemText(found!, 'en')).toBe(true)
  })
})

describe('catalogue problems', () => {
  it('keep their English messages for logs, one per problem, beside the structured ones', () => {
    const catalogue = parseCatalogue({ layers: [{ id: 'Bad Id' }, { id: 'sites', name: { zh: '站点' } }] }, [])
    expect(catalogue.problems).toEqual([
      'geodata/catalogue.json: layers[0].id must be lower-case letters, digits and "-"',
      'geodata/catalogue.json: layers[1] needs a "source" file, a "service" or "tiles"',
    ])
    expect(catalogue.problemDetails.map((problem) => problem.message)).toEqual(catalogue.problems)
  })

  it('word a taken id and show a plain message as it is', () => {
    const long = parseCatalogue({ layers: [{ id: 'a', name: { zh: '甲' }, source: 'a.geojson' }, { id: 'a', name: { zh: '乙' }, source: 'b.geojson' }] }, [])
    expect(catalogueProblemText(long.problemDetails[0]!, 'zh')).toBe('geodata/catalogue.json：layers[1].id "a" 已被使用')
    expect(catalogueProblemText('geodata/catalogue.json: something else', 'zh')).toBe('geodata/catalogue.json: something else')
  })
})
