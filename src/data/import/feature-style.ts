// A file's own styling, read per feature and checked before it can reach the map. Two sources write the
// same property names:
// - GeoJSON simplestyle-spec 1.1.0 (github.com/mapbox/simplestyle-spec): stroke, stroke-width,
//   stroke-opacity, fill, fill-opacity, marker-color;
// - KML Style / StyleMap, which @tmcw/togeojson resolves per placemark into stroke, stroke-width,
//   stroke-opacity (LineStyle; PolyStyle outline=0 → 0), fill, fill-opacity (PolyStyle; fill=0 → 0) and
//   icon-color, icon-opacity (IconStyle); KML colours are aabbggrr (OGC KML 2.2, 07-147r2 §16.8.1) and
//   togeojson turns them into '#rrggbb' plus an opacity.
// Checked values are copied into `style:*` properties (plain data, so they survive a Web Worker and
// IndexedDB); the map reads only those. A value that is not a colour (or not a number in range) is left
// out with one warning per property in the import report, so nothing unchecked is handed to MapLibre.
import type { FeatureCollection } from 'geojson'
import { bilingual } from './errors.ts'

/** The checked style values the map reads (see map/thematic-layers.ts). */
export const FEATURE_STYLE = {
  stroke: 'style:stroke',
  strokeWidth: 'style:stroke-width',
  strokeOpacity: 'style:stroke-opacity',
  fill: 'style:fill',
  fillOpacity: 'style:fill-opacity',
  marker: 'style:marker-color',
  markerOpacity: 'style:marker-opacity',
} as const

type StyleKey = (typeof FEATURE_STYLE)[keyof typeof FEATURE_STYLE]
type Check = 'colour' | 'opacity' | 'width'

/** Source property → checked property and how it is checked. Later sources win (marker-color over icon-color). */
const SOURCES: readonly { from: string; to: StyleKey; check: Check }[] = [
  { from: 'stroke', to: FEATURE_STYLE.stroke, check: 'colour' },
  { from: 'stroke-width', to: FEATURE_STYLE.strokeWidth, check: 'width' },
  { from: 'stroke-opacity', to: FEATURE_STYLE.strokeOpacity, check: 'opacity' },
  { from: 'fill', to: FEATURE_STYLE.fill, check: 'colour' },
  { from: 'fill-opacity', to: FEATURE_STYLE.fillOpacity, check: 'opacity' },
  { from: 'icon-color', to: FEATURE_STYLE.marker, check: 'colour' },
  { from: 'icon-opacity', to: FEATURE_STYLE.markerOpacity, check: 'opacity' },
  { from: 'marker-color', to: FEATURE_STYLE.marker, check: 'colour' },
]

/** Properties that only style features: not shown as card rows or offered as style properties. */
export const STYLE_PROPERTY_KEYS: ReadonlySet<string> = new Set([
  ...SOURCES.map((source) => source.from),
  ...Object.values(FEATURE_STYLE),
  'marker-size',
  'marker-symbol',
  'icon',
  'icon-scale',
  'icon-heading',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'styleUrl',
  'styleHash',
  'styleMapHash',
])

/** Widest accepted line, in pixels: wider values are clamped (a 500 px outline would hide the map). */
export const MAX_STROKE_WIDTH = 20

const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** '#rgb' or '#rrggbb' (simplestyle-spec; the leading '#' may be missing) → '#rrggbb', else null. */
export function parseColour(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = HEX_COLOUR.exec(value.trim())
  if (!match) return null
  const hex = match[1]!.toLowerCase()
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`
}

function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

/** The checked value, or null when it cannot be used. */
export function checkStyleValue(check: Check, value: unknown): string | number | null {
  if (check === 'colour') return parseColour(value)
  const number = parseNumber(value)
  if (number === null || number < 0) return null
  if (check === 'opacity') return number <= 1 ? number : null
  return Math.min(number, MAX_STROKE_WIDTH)
}

interface Rejected {
  count: number
  example: string
}

function rejectionWarning(key: string, check: Check, { count, example }: Rejected): string {
  const shown = example.length > 40 ? `${example.slice(0, 40)}…` : example
  const zhWhat = { colour: '不是颜色（应为 #rrggbb）', opacity: '不是 0–1 的不透明度', width: '不是线宽（像素数）' }[check]
  const enWhat = { colour: 'is not a colour (#rrggbb expected)', opacity: 'is not an opacity between 0 and 1', width: 'is not a line width in pixels' }[check]
  return bilingual(
    `样式属性「${key}」的值「${shown}」${zhWhat}，已忽略（${count} 处）`,
    `style property "${key}" value "${shown}" ${enWhat}; ignored (${count} times)`,
  )
}

function exampleOf(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Copies every feature with its checked style in `style:*` properties (any `style:*` the file itself
 * carried is dropped first: only checked values may be read by the map). Returns the features, whether
 * any feature has a style of its own, and one warning per rejected property.
 */
export function withFeatureStyles(collection: FeatureCollection): { collection: FeatureCollection; styled: boolean; warnings: string[] } {
  const rejected = new Map<string, Rejected & { check: Check }>()
  let styled = false
  const features = collection.features.map((feature) => {
    const source = feature.properties ?? {}
    const properties: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(source)) if (!key.startsWith('style:')) properties[key] = value
    for (const { from, to, check } of SOURCES) {
      const value = source[from]
      if (value === undefined || value === null || value === '') continue
      const checked = checkStyleValue(check, value)
      if (checked === null) {
        const entry = rejected.get(from) ?? { count: 0, example: exampleOf(value), check }
        entry.count += 1
        rejected.set(from, entry)
        continue
      }
      properties[to] = checked
      styled = true
    }
    return { ...feature, properties }
  })
  const warnings = [...rejected].map(([key, entry]) => rejectionWarning(key, entry.check, entry))
  return { collection: { ...collection, features }, styled, warnings }
}
