/**
 * What an imported feature's card is titled by, and how its coordinate columns are labelled (issue 12
 * item 6): a planner's table names its points in a column such as 名称 or NAME, and the generated id
 * ("imp-1") means nothing to a leader; coordinates copied from the file are in the file's system, which
 * the card must say, since the map itself draws WGS84.
 */
import type { FeatureCollection } from 'geojson'
import type { LocalizedText } from '@/domain/layers/types.ts'
import { describeCrs } from '@/data/import/crs/codes.ts'

/** Name-like columns, most specific first; compared without case, spaces, '_' and '-'. */
const NAME_COLUMNS = [
  '名称', '断面名称', '点位名称', '地块名称', '站点名称', '监测点名称', '项目名称', '河道名称', '河流名称', '单位名称', '企业名称',
  '名字', '地名', 'name', 'title', '标题', 'label', '标注', 'mc', 'dmmc', 'zdmc',
]

function normalise(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '')
}

function hasText(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))
}

/**
 * The property that titles a card: the first name-like column (NAME_COLUMNS, then any column whose name
 * ends in 名称 or contains "name") that has a value in at least half of the features. Undefined when
 * there is none (the card then falls back to the id).
 */
export function nameColumnOf(collection: FeatureCollection, keys: readonly string[]): string | undefined {
  const total = collection.features.length
  const filled = (key: string) => collection.features.filter((feature) => hasText(feature.properties?.[key])).length
  const usable = (key: string) => total > 0 && filled(key) * 2 >= total
  for (const wanted of NAME_COLUMNS) {
    const key = keys.find((candidate) => normalise(candidate) === wanted && usable(candidate))
    if (key) return key
  }
  return keys.find((key) => (key.endsWith('名称') || normalise(key).includes('name')) && usable(key))
}

/**
 * Coordinate column names the table reader understands (data/import/formats/coordinate-columns.ts),
 * after the same normalisation (case, brackets, CRS words, separators removed).
 */
const COORDINATE_COLUMNS = new Set([
  'lon', 'lng', 'long', 'longitude', '经度', '东经', 'lat', 'latitude', '纬度', '北纬',
  'x', 'x坐标', 'xcoord', 'xcoordinate', 'pointx', 'easting', '东坐标', '横坐标',
  'y', 'y坐标', 'ycoord', 'ycoordinate', 'pointy', 'northing', '北坐标', '纵坐标',
])

export function isCoordinateColumn(key: string): boolean {
  const normalised = key
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/gcj[-_ ]?0?2|bd[-_ ]?0?9|wgs[-_ ]?84|cgcs[-_ ]?2000/g, '')
    .replace(/[\s_\-.:：]/g, '')
  return COORDINATE_COLUMNS.has(normalised)
}

const ENGLISH_CRS: Record<string, string> = {
  WGS84: 'WGS84',
  CGCS2000: 'CGCS2000',
  GCJ02: 'GCJ-02',
  BD09: 'BD-09',
  'EPSG:3857': 'Web Mercator, EPSG:3857',
}

/** The coordinate system's name for a card label, per language. */
export function crsName(code: string): LocalizedText {
  const english = ENGLISH_CRS[code] ?? (code.startsWith('GK:') || code.startsWith('EPSG:') ? `CGCS2000 Gauss–Krüger, ${code}` : code)
  return { zh: describeCrs(code), en: english }
}

/** '经度' → '经度（GCJ-02 经纬度（高德/腾讯））' / 'longitude (GCJ-02)'. */
export function coordinateLabel(key: string, crs: string): LocalizedText {
  const name = crsName(crs)
  return { zh: `${key}（${name.zh}）`, en: `${key} (${name.en})` }
}
