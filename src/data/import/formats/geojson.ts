// GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare geometry. A legacy "crs" member
// (GeoJSON 2008) naming a projected system is honoured, because exports from older desktop tools still
// write Web Mercator or Gauss–Krüger GeoJSON with it.
import { ImportProblem, bilingual, shortMessage } from '../errors.ts'
import { normaliseCrs } from '../crs/codes.ts'
import { importLimits, refuseOver } from '../limits.ts'
import { decodeText } from '../text.ts'
import type { ParsedFile, RawFeature, RawLayer } from '../types.ts'

const geometryTypes = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'])

/**
 * The legacy "crs" member: a canonical code, or `unsupported` with the name as written when the file
 * declares a system we cannot convert (UTM, a local grid …). A declared system is honoured or refused,
 * never ignored: guessing from the values put a UTM 51N file 1.39 km off as a Gauss–Krüger zone.
 */
function legacyCrs(root: Record<string, unknown>): { crs: string } | { unsupported: string } | undefined {
  const crs = root.crs as { properties?: { name?: unknown } } | null | undefined
  if (crs === undefined || crs === null) return undefined
  const name = crs.properties?.name
  if (typeof name !== 'string' || name.trim() === '') return { unsupported: JSON.stringify(crs).slice(0, 80) }
  // "urn:ogc:def:crs:EPSG::3857", "EPSG:3857", "urn:ogc:def:crs:OGC:1.3:CRS84"
  if (/CRS84$/i.test(name)) return { crs: 'WGS84' }
  const code = /EPSG:{1,2}(\d+)$/i.exec(name)?.[1]
  const known = code ? normaliseCrs(`EPSG:${code}`) : undefined
  return known ? { crs: known } : { unsupported: name.slice(0, 80) }
}

function featureOf(item: unknown, index: number, layer: RawLayer): RawFeature | undefined {
  if (item === null || typeof item !== 'object' || (item as { type?: unknown }).type !== 'Feature') {
    layer.skipped.push({ index, indexKind: 'feature', reason: bilingual('不是 GeoJSON 要素（缺少 "type": "Feature"）', 'not a GeoJSON Feature') })
    return undefined
  }
  const { geometry, properties, id } = item as { geometry?: unknown; properties?: unknown; id?: unknown }
  if (geometry === null || geometry === undefined) {
    layer.skipped.push({ index, indexKind: 'feature', reason: bilingual('没有几何（geometry 为 null）', 'no geometry (geometry is null)') })
    return undefined
  }
  return {
    geometry,
    properties: properties !== null && typeof properties === 'object' ? (properties as Record<string, unknown>) : {},
    id: typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined,
    index,
    indexKind: 'feature',
  }
}

/**
 * Python's json module and some scripts write NaN/Infinity, which JSON (RFC 8259 §6) forbids. Such
 * files are read with those tokens as null, so only the affected features are rejected, not the file.
 */
const nonFiniteToken = /(?<=[[,:]\s*)-?(?:NaN|Infinity)(?=\s*[,\]}])/g

function parseJson(text: string, warnings: string[]): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    if (nonFiniteToken.test(text)) {
      try {
        const root: unknown = JSON.parse(text.replace(nonFiniteToken, 'null'))
        warnings.push(bilingual('文件含 NaN/Infinity（不是合法 JSON），已按空值处理', 'the file contains NaN/Infinity (not valid JSON); read as null'))
        return root
      } catch {
        // fall through to the original message
      }
    }
    throw new ImportProblem('malformed', `JSON 语法错误，文件可能不完整：${shortMessage(error)}`, `invalid JSON, the file may be truncated: ${shortMessage(error)}`)
  }
}

const featureToken = new TextEncoder().encode('"Feature"')

/**
 * Occurrences of the bytes "Feature" (quotes included, so not "FeatureCollection"): an upper bound of
 * the features, counted in one pass before the text is decoded and parsed. Each feature says
 * "type": "Feature" (RFC 7946 §3.2).
 */
export function countFeatureTokens(bytes: Uint8Array): number {
  let found = 0
  const first = featureToken[0] as number
  for (let index = bytes.indexOf(first); index !== -1; index = bytes.indexOf(first, index + 1)) {
    let match = true
    for (let offset = 1; offset < featureToken.length && match; offset += 1) match = bytes[index + offset] === featureToken[offset]
    if (match) found += 1
  }
  return found
}

export function parseGeoJson(bytes: Uint8Array, name: string): ParsedFile {
  refuseOver({ zh: '要素', en: 'features' }, countFeatureTokens(bytes), importLimits.maxFeatures)
  const { text, warnings } = decodeText(bytes)
  const root = parseJson(text, warnings)
  const type = root !== null && typeof root === 'object' ? (root as { type?: unknown }).type : undefined
  const layer: RawLayer = { name, features: [], skipped: [], warnings: [] }
  if (type === 'FeatureCollection') {
    const items = (root as { features?: unknown }).features
    if (!Array.isArray(items)) throw new ImportProblem('malformed', 'FeatureCollection 缺少 features 数组', 'FeatureCollection has no "features" array')
    refuseOver({ zh: '要素', en: 'features' }, items.length, importLimits.maxFeatures)
    items.forEach((item, index) => {
      const feature = featureOf(item, index, layer)
      if (feature) layer.features.push(feature)
    })
  } else if (type === 'Feature') {
    const feature = featureOf(root, 0, layer)
    if (feature) layer.features.push(feature)
  } else if (typeof type === 'string' && geometryTypes.has(type)) {
    layer.features.push({ geometry: root, properties: {}, index: 0, indexKind: 'feature' })
  } else {
    throw new ImportProblem('wrong-content', 'JSON 文件不是 GeoJSON（没有 FeatureCollection、Feature 或几何类型）', 'the JSON is not GeoJSON (no FeatureCollection, Feature or geometry type)')
  }
  const declared = legacyCrs(root as Record<string, unknown>)
  if (declared && 'crs' in declared) layer.declaredCrs = declared.crs
  else if (declared) layer.unsupportedCrs = declared.unsupported
  else layer.formatCrs = 'WGS84'
  return { format: 'GeoJSON', layers: [layer], warnings }
}
