/**
 * Optional online basemaps (issue #2 item 2: "天地图 vector/imagery with a user-supplied token …; OSM
 * raster … off by default"). The app is offline by default; a deployment switches some of these on at
 * build time (`VITE_ONLINE_BASEMAPS`), which also widens the Content-Security-Policy by exactly their
 * hosts (issue #8 item 2, vite.config.ts). Pure: no MapLibre, no DOM.
 *
 * Coordinates: the app's data is WGS84. 天地图's `_w` services are Web Mercator tiles on CGCS2000, which
 * agrees with WGS84 to well under a metre at map scales, and OSM tiles are WGS84 Web Mercator: both line
 * up with the data as they are. (Gaode/Baidu tiles would not: they are GCJ-02/BD-09 shifted by hundreds of
 * metres, which is why they are not offered.)
 */

export type OnlineBasemapId = 'tianditu-imagery' | 'tianditu-vector' | 'osm'

export interface OnlineBasemap {
  id: OnlineBasemapId
  name: { zh: string; en: string }
  /** Tile URL templates: the picture first, then its annotation (place names) when the service has one. */
  tiles: (token: string) => { picture: string[]; annotation?: string[] }
  /** Every origin the tiles come from: exactly what the Content-Security-Policy must allow. */
  origins: string[]
  /** 天地图 needs a developer key (`tk`); OSM does not. */
  needsToken: boolean
  attribution: string
  maxZoom: number
}

const TIANDITU_SERVERS = [0, 1, 2, 3, 4, 5, 6, 7].map((server) => `https://t${server}.tianditu.gov.cn`)

/** A 天地图 WMTS layer in Web Mercator (`_w`), one URL per server t0…t7 so that tiles load in parallel. */
function tiandituLayer(layer: 'img' | 'cia' | 'vec' | 'cva', token: string): string[] {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles`
  return TIANDITU_SERVERS.map((server) => `${server}/${layer}_w/wmts?${query}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`)
}

const TIANDITU_ATTRIBUTION = '天地图 © 国家地理信息公共服务平台'

export const ONLINE_BASEMAPS: Record<OnlineBasemapId, OnlineBasemap> = {
  'tianditu-imagery': {
    id: 'tianditu-imagery',
    name: { zh: '天地图影像', en: 'Tianditu imagery' },
    tiles: (token) => ({ picture: tiandituLayer('img', token), annotation: tiandituLayer('cia', token) }),
    origins: TIANDITU_SERVERS,
    needsToken: true,
    attribution: TIANDITU_ATTRIBUTION,
    maxZoom: 18,
  },
  'tianditu-vector': {
    id: 'tianditu-vector',
    name: { zh: '天地图矢量', en: 'Tianditu map' },
    tiles: (token) => ({ picture: tiandituLayer('vec', token), annotation: tiandituLayer('cva', token) }),
    origins: TIANDITU_SERVERS,
    needsToken: true,
    attribution: TIANDITU_ATTRIBUTION,
    maxZoom: 18,
  },
  osm: {
    id: 'osm',
    name: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
    tiles: () => ({ picture: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] }),
    origins: ['https://tile.openstreetmap.org'],
    needsToken: false,
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 19,
  },
}

export function isOnlineBasemapId(value: unknown): value is OnlineBasemapId {
  return typeof value === 'string' && Object.hasOwn(ONLINE_BASEMAPS, value)
}

/**
 * Reads a deployment's list (`VITE_ONLINE_BASEMAPS`, e.g. "tianditu-imagery,osm"; empty or missing: none).
 * Unknown names are returned, not dropped, so that the build can refuse them by name.
 */
export function parseOnlineBasemapList(text: string | undefined): { enabled: OnlineBasemapId[]; unknown: string[] } {
  const enabled: OnlineBasemapId[] = []
  const unknown: string[] = []
  for (const name of (text ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!isOnlineBasemapId(name)) unknown.push(name)
    else if (!enabled.includes(name)) enabled.push(name)
  }
  return { enabled, unknown }
}

/** The origins to add to `img-src` and `connect-src` for these basemaps (MapLibre fetches raster tiles). */
export function policyOrigins(enabled: readonly OnlineBasemapId[]): string[] {
  return [...new Set(enabled.flatMap((id) => ONLINE_BASEMAPS[id].origins))]
}

/** A 天地图 developer key as issued: 32 hexadecimal characters. */
export function isTiandituToken(token: string): boolean {
  return /^[0-9a-f]{32}$/i.test(token.trim())
}
