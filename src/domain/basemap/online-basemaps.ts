/**
 * Optional online basemaps (issue #2 item 2: "天地图 vector/imagery with a user-supplied token …; OSM
 * raster … off by default"), and a bureau's own tile server on its intranet. The app is offline by
 * default; a deployment offers some of these at build time (`VITE_ONLINE_BASEMAPS`, `VITE_CUSTOM_BASEMAP_*`),
 * which also widens the Content-Security-Policy by exactly their origins (issue #8 item 2, vite.config.ts).
 * Pure: no MapLibre, no DOM.
 *
 * Coordinates: the app's data is WGS84. 天地图's `_w` services are Web Mercator tiles on CGCS2000, which
 * agrees with WGS84 to well under a metre at map scales, and OSM tiles are WGS84 Web Mercator: both line
 * up with the data as they are. (Gaode/Baidu tiles would not: they are GCJ-02/BD-09 shifted by hundreds of
 * metres, which is why they are not offered.)
 */

export type BuiltInBasemapId = 'tianditu-imagery' | 'tianditu-vector' | 'osm'
/** `custom`: the deployment's own tile server (VITE_CUSTOM_BASEMAP_URL). */
export type OnlineBasemapId = BuiltInBasemapId | 'custom'

export interface OnlineBasemap {
  id: OnlineBasemapId
  name: { zh: string; en: string }
  /** Tile URL templates: the picture first, then its annotation (place names) when the service has one. */
  tiles: (token: string) => { picture: string[]; annotation?: string[] }
  /** Every origin the tiles come from: exactly what the Content-Security-Policy must allow. */
  origins: string[]
  /** 天地图 needs a developer key (`tk`); OSM does not. */
  needsToken: boolean
  /** HTML, as MapLibre's attribution control shows it; text from a deployment's settings is escaped. */
  attribution: string
  maxZoom: number
}

const TIANDITU_SERVERS = [0, 1, 2, 3, 4, 5, 6, 7].map((server) => `https://t${server}.tianditu.gov.cn`)

/** A 天地图 WMTS layer in Web Mercator (`_w`), one URL per server t0…t7 so that tiles load in parallel. */
function tiandituLayer(layer: 'img' | 'cia' | 'vec' | 'cva', token: string): string[] {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles`
  return TIANDITU_SERVERS.map((server) => `${server}/${layer}_w/wmts?${query}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`)
}

/** Credits are one line for both languages: the name as the service writes it, and in English. */
const TIANDITU_ATTRIBUTION = '天地图 Tianditu © 国家地理信息公共服务平台 (National Platform for Common GeoSpatial Information Services)'

export const BUILT_IN_BASEMAPS: Record<BuiltInBasemapId, OnlineBasemap> = {
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

function isBuiltInBasemapId(value: string): value is BuiltInBasemapId {
  return Object.hasOwn(BUILT_IN_BASEMAPS, value)
}

/**
 * Reads a deployment's list (`VITE_ONLINE_BASEMAPS`, e.g. "tianditu-imagery,osm"; empty or missing: none).
 * Unknown names are returned, not dropped, so that the build can refuse them by name.
 */
export function parseOnlineBasemapList(text: string | undefined): { enabled: BuiltInBasemapId[]; unknown: string[] } {
  const enabled: BuiltInBasemapId[] = []
  const unknown: string[] = []
  for (const name of (text ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!isBuiltInBasemapId(name)) unknown.push(name)
    else if (!enabled.includes(name)) enabled.push(name)
  }
  return { enabled, unknown }
}

/** A deployment's own tile server, as its settings give it (all optional but the URL). */
export interface CustomBasemapSettings {
  /** An XYZ template with {z}, {x} and {y} (or {quadkey}, or {bbox-epsg-3857} for a WMS). */
  url?: string
  name?: string
  attribution?: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The deployment's own tile server as a basemap, or why its URL cannot be used. Its tiles must be Web
 * Mercator on WGS84/CGCS2000 (an intranet 天地图 or a bureau's own server); GCJ-02 tiles would be shifted.
 */
export function customBasemap(settings: CustomBasemapSettings): { basemap: OnlineBasemap } | { problem: string } {
  const template = (settings.url ?? '').trim()
  const placeholders = /\{z\}/.test(template) && /\{x\}/.test(template) && /\{y\}/.test(template)
  if (!placeholders && !template.includes('{quadkey}') && !template.includes('{bbox-epsg-3857}')) {
    return { problem: `"${template}" has no {z}/{x}/{y}, {quadkey} or {bbox-epsg-3857} placeholders` }
  }
  let origin: string
  try {
    const url = new URL(template.replace(/\{[^}]*\}/g, '0'))
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `"${template}" is not an http(s) address` }
    origin = url.origin
  } catch {
    return { problem: `"${template}" is not an address` }
  }
  const name = settings.name?.trim() || ''
  return {
    basemap: {
      id: 'custom',
      name: { zh: name || '本单位底图', en: name || 'Bureau basemap' },
      tiles: () => ({ picture: [template] }),
      origins: [origin],
      needsToken: false,
      attribution: escapeHtml(settings.attribution?.trim() || name || origin),
      maxZoom: 18,
    },
  }
}

/**
 * The online basemaps a build offers: the built-in ones listed, then the custom one when it has a URL.
 * Problems name what cannot be used; the build refuses to go on with any.
 */
export function offeredBasemaps(settings: { list?: string; custom?: CustomBasemapSettings }): { basemaps: OnlineBasemap[]; problems: string[] } {
  const { enabled, unknown } = parseOnlineBasemapList(settings.list)
  const basemaps = enabled.map((id) => BUILT_IN_BASEMAPS[id])
  const problems = unknown.map((name) => `VITE_ONLINE_BASEMAPS: unknown basemap "${name}" (known: ${Object.keys(BUILT_IN_BASEMAPS).join(', ')})`)
  if (settings.custom?.url?.trim()) {
    const custom = customBasemap(settings.custom)
    if ('basemap' in custom) basemaps.push(custom.basemap)
    else problems.push(`VITE_CUSTOM_BASEMAP_URL: ${custom.problem}`)
  }
  return { basemaps, problems }
}

/** The origins to add to `img-src` and `connect-src` for these basemaps (MapLibre fetches raster tiles). */
export function policyOrigins(basemaps: readonly OnlineBasemap[]): string[] {
  return [...new Set(basemaps.flatMap((basemap) => basemap.origins))]
}

/** A 天地图 developer key as issued: 32 hexadecimal characters. */
export function isTiandituToken(token: string): boolean {
  return /^[0-9a-f]{32}$/i.test(token.trim())
}
