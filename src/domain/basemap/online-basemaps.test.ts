import { describe, expect, it } from 'vitest'
import { ONLINE_BASEMAPS, isTiandituToken, parseOnlineBasemapList, policyOrigins } from './online-basemaps.ts'

describe('the deployment list of online basemaps', () => {
  it('is empty when nothing is configured: the app stays offline', () => {
    expect(parseOnlineBasemapList(undefined)).toEqual({ enabled: [], unknown: [] })
    expect(parseOnlineBasemapList(' , ')).toEqual({ enabled: [], unknown: [] })
  })
  it('reads names separated by commas, once each, in the given order', () => {
    expect(parseOnlineBasemapList('osm, tianditu-imagery,osm')).toEqual({ enabled: ['osm', 'tianditu-imagery'], unknown: [] })
  })
  it('returns unknown names so that the build can refuse them by name', () => {
    expect(parseOnlineBasemapList('tianditu,osm,__proto__')).toEqual({ enabled: ['osm'], unknown: ['tianditu', '__proto__'] })
  })
})

describe('the policy origins', () => {
  it('are exactly the tile servers of the enabled basemaps', () => {
    expect(policyOrigins([])).toEqual([])
    expect(policyOrigins(['osm'])).toEqual(['https://tile.openstreetmap.org'])
    const tianditu = policyOrigins(['tianditu-imagery', 'tianditu-vector'])
    expect(tianditu).toHaveLength(8)
    expect(tianditu).toContain('https://t0.tianditu.gov.cn')
    expect(tianditu).toContain('https://t7.tianditu.gov.cn')
  })
  it('cover every tile URL the basemaps can request', () => {
    for (const basemap of Object.values(ONLINE_BASEMAPS)) {
      const { picture, annotation = [] } = basemap.tiles('0123456789abcdef0123456789abcdef')
      for (const url of [...picture, ...annotation]) expect(policyOrigins([basemap.id])).toContain(new URL(url.replace(/[{}]/g, '')).origin)
    }
  })
})

describe('天地图 tiles', () => {
  it('are Web Mercator WMTS tiles with the key in the query, picture and annotation', () => {
    const { picture, annotation } = ONLINE_BASEMAPS['tianditu-imagery'].tiles('abc 123')
    expect(picture[0]).toBe(
      'https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc%20123',
    )
    expect(annotation?.[3]).toContain('https://t3.tianditu.gov.cn/cia_w/wmts?')
    expect(ONLINE_BASEMAPS['tianditu-vector'].tiles('k').annotation?.[0]).toContain('/cva_w/wmts?')
  })
  it('take a key of 32 hexadecimal characters', () => {
    expect(isTiandituToken('0123456789abcdef0123456789ABCDEF')).toBe(true)
    expect(isTiandituToken(' 0123456789abcdef0123456789abcdef ')).toBe(true)
    expect(isTiandituToken('0123456789abcdef0123456789abcde')).toBe(false)
    expect(isTiandituToken('0123456789abcdef0123456789abcdeg')).toBe(false)
    expect(isTiandituToken('')).toBe(false)
  })
})
