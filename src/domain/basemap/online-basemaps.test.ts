import { describe, expect, it } from 'vitest'
import { BUILT_IN_BASEMAPS, customBasemap, isTiandituToken, offeredBasemaps, parseOnlineBasemapList, policyOrigins } from './online-basemaps.ts'

const TIANDITU = [...'01234567'].map((server) => `https://t${server}.tianditu.gov.cn`)

describe('the deployment list of online basemaps', () => {
  it('is empty when nothing is configured: the app stays offline', () => {
    expect(parseOnlineBasemapList(undefined)).toEqual({ enabled: [], unknown: [] })
    expect(parseOnlineBasemapList(' , ')).toEqual({ enabled: [], unknown: [] })
    expect(offeredBasemaps({})).toEqual({ basemaps: [], problems: [] })
  })
  it('reads names separated by commas, once each, in the given order', () => {
    expect(parseOnlineBasemapList('osm, tianditu-imagery,osm')).toEqual({ enabled: ['osm', 'tianditu-imagery'], unknown: [] })
  })
  it('returns unknown names so that the build can refuse them by name', () => {
    expect(parseOnlineBasemapList('tianditu,osm,__proto__,custom')).toEqual({ enabled: ['osm'], unknown: ['tianditu', '__proto__', 'custom'] })
    expect(offeredBasemaps({ list: 'tianditu' }).problems).toEqual([
      'VITE_ONLINE_BASEMAPS: unknown basemap "tianditu" (known: tianditu-imagery, tianditu-vector, osm)',
    ])
  })
})

describe('the policy origins', () => {
  it('are exactly the tile servers of the offered basemaps', () => {
    expect(policyOrigins([])).toEqual([])
    expect(policyOrigins([BUILT_IN_BASEMAPS.osm])).toEqual(['https://tile.openstreetmap.org'])
    expect(policyOrigins([BUILT_IN_BASEMAPS['tianditu-imagery'], BUILT_IN_BASEMAPS['tianditu-vector']]).sort()).toEqual(TIANDITU)
    const { basemaps } = offeredBasemaps({ list: 'osm', custom: { url: 'http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png' } })
    expect(policyOrigins(basemaps)).toEqual(['https://tile.openstreetmap.org', 'http://10.1.2.3:8080'])
  })
  it('cover every tile URL the basemaps can request', () => {
    const custom = customBasemap({ url: 'https://gis.bureau.example/wmts/{z}/{y}/{x}' })
    const basemaps = [...Object.values(BUILT_IN_BASEMAPS), ...('basemap' in custom ? [custom.basemap] : [])]
    expect(basemaps).toHaveLength(4)
    for (const basemap of basemaps) {
      const { picture, annotation = [] } = basemap.tiles('0123456789abcdef0123456789abcdef')
      for (const url of [...picture, ...annotation]) expect(policyOrigins([basemap])).toContain(new URL(url.replace(/[{}]/g, '')).origin)
    }
  })
})

describe('天地图 tiles', () => {
  it('are Web Mercator WMTS tiles with the key in the query, picture and annotation', () => {
    const { picture, annotation } = BUILT_IN_BASEMAPS['tianditu-imagery'].tiles('abc 123')
    expect(picture[0]).toBe(
      'https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc%20123',
    )
    expect(annotation?.[3]).toContain('https://t3.tianditu.gov.cn/cia_w/wmts?')
    expect(BUILT_IN_BASEMAPS['tianditu-vector'].tiles('k').annotation?.[0]).toContain('/cva_w/wmts?')
  })
  it('take a key of 32 hexadecimal characters', () => {
    expect(isTiandituToken('0123456789abcdef0123456789ABCDEF')).toBe(true)
    expect(isTiandituToken(' 0123456789abcdef0123456789abcdef ')).toBe(true)
    expect(isTiandituToken('0123456789abcdef0123456789abcde')).toBe(false)
    expect(isTiandituToken('0123456789abcdef0123456789abcdeg')).toBe(false)
    expect(isTiandituToken('')).toBe(false)
  })
})

describe("a bureau's own tile server", () => {
  it('is offered after the built-in ones, under its name, with its attribution as text', () => {
    const { basemaps, problems } = offeredBasemaps({
      list: 'tianditu-imagery',
      custom: { url: 'https://gis.bureau.example/tiles/{z}/{x}/{y}.png', name: '区政务网底图', attribution: '<b>区规划资源局</b> & 测绘院' },
    })
    expect(problems).toEqual([])
    expect(basemaps.map((basemap) => basemap.id)).toEqual(['tianditu-imagery', 'custom'])
    const custom = basemaps[1]!
    expect(custom.name).toEqual({ zh: '区政务网底图', en: '区政务网底图' })
    expect(custom.tiles('')).toEqual({ picture: ['https://gis.bureau.example/tiles/{z}/{x}/{y}.png'] })
    expect(custom.needsToken).toBe(false)
    // MapLibre shows attribution as HTML: a setting's text must not become markup.
    expect(custom.attribution).toBe('&#60;b&#62;区规划资源局&#60;/b&#62; &#38; 测绘院')
  })
  it('gets a default name in each language and its origin as attribution when it has neither', () => {
    const result = customBasemap({ url: 'https://gis.bureau.example/{quadkey}.png' })
    expect('basemap' in result && result.basemap.name).toEqual({ zh: '本单位底图', en: 'Bureau basemap' })
    expect('basemap' in result && result.basemap.attribution).toBe('https://gis.bureau.example')
  })
  it.each([
    ['no placeholders', 'https://gis.bureau.example/tiles.png', 'has no {z}/{x}/{y}'],
    ['only some placeholders', 'https://gis.bureau.example/{z}/{x}.png', 'has no {z}/{x}/{y}'],
    ['another scheme', 'ftp://gis.bureau.example/{z}/{x}/{y}.png', 'is not an http(s) address'],
    ['not an address', '/tiles/{z}/{x}/{y}.png', 'is not an address'],
  ])('is refused by name with %s', (_what, url, problem) => {
    const { basemaps, problems } = offeredBasemaps({ custom: { url } })
    expect(basemaps).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('VITE_CUSTOM_BASEMAP_URL')
    expect(problems[0]).toContain(problem)
  })
})
