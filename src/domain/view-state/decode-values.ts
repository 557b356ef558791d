/**
 * Validating decoders for each query value. Each takes the raw (encoded) value and a fallback,
 * pushes a readable problem for anything it cannot use, and never throws: a hand-edited or
 * truncated link still opens, as close to what it meant as possible.
 */
import { compareMonths, isMonth, type Month } from '../time/month.ts'
import { PERIOD_MODES, type PeriodMode } from '../time/period.ts'
import { decodeItem, decodeList } from './query.ts'
import { normaliseBearing } from './encode.ts'
import { CAMERA_LIMITS, type Camera, type FeatureRef, type LayerState, type ViewStateLimits } from './types.ts'

/** At most this many items are read from one list value (a guard against absurd links). */
export const MAX_LIST_ITEMS = 100
/** Longest accepted name or id, in characters. */
export const MAX_TEXT_LENGTH = 120

export function decodeMonth(raw: string, fallback: Month, limits: ViewStateLimits, problems: string[]): Month {
  const month = decodeItem(raw).trim()
  if (!isMonth(month)) {
    problems.push(`m: "${month}" is not a month (YYYY-MM); using ${fallback}`)
    return fallback
  }
  const range = limits.months
  if (range && compareMonths(month, range.first) < 0) {
    problems.push(`m: ${month} is before the first month with data (${range.first}); using ${range.first}`)
    return range.first
  }
  if (range && compareMonths(month, range.last) > 0) {
    problems.push(`m: ${month} is after the last month with data (${range.last}); using ${range.last}`)
    return range.last
  }
  return month
}

export function decodeChoice<T extends string>(
  key: string,
  raw: string,
  choices: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const value = decodeItem(raw).trim()
  if ((choices as readonly string[]).includes(value)) return value as T
  problems.push(`${key}: "${value}" is not one of ${choices.join(', ')}; using ${fallback}`)
  return fallback
}

export function decodeMode(raw: string, fallback: PeriodMode, problems: string[]): PeriodMode {
  return decodeChoice('mode', raw, PERIOD_MODES, fallback, problems)
}

function clampNumber(name: string, value: number, [low, high]: readonly [number, number], problems: string[]): number {
  if (value >= low && value <= high) return value
  const clamped = Math.min(high, Math.max(low, value))
  problems.push(`c: ${name} ${value} is outside ${low}–${high}; using ${clamped}`)
  return clamped
}

/** 'lng,lat,zoom,bearing,pitch'; missing or non-numeric parts fall back one by one. */
export function decodeCamera(raw: string, fallback: Camera, problems: string[]): Camera {
  const parts = decodeItem(raw).split(',')
  const names = ['longitude', 'latitude', 'zoom', 'bearing', 'pitch'] as const
  const fallbackValues = [fallback.center[0], fallback.center[1], fallback.zoom, fallback.bearing, fallback.pitch]
  const values = names.map((name, index) => {
    const text = parts[index]?.trim() ?? ''
    const value = text === '' ? Number.NaN : Number(text)
    if (Number.isFinite(value)) return value
    if (text !== '' || index < 2) problems.push(`c: ${name} "${text}" is not a number; using ${fallbackValues[index]}`)
    return fallbackValues[index] ?? 0
  })
  const [longitude = 0, latitude = 0, zoom = 0, bearing = 0, pitch = 0] = values
  return {
    center: [
      clampNumber('longitude', longitude, CAMERA_LIMITS.longitude, problems),
      clampNumber('latitude', latitude, CAMERA_LIMITS.latitude, problems),
    ],
    zoom: clampNumber('zoom', zoom, CAMERA_LIMITS.zoom, problems),
    bearing: normaliseBearing(bearing),
    pitch: clampNumber('pitch', pitch, CAMERA_LIMITS.pitch, problems),
  }
}

/** Capped, de-duplicated list items. */
export function decodeItems(key: string, raw: string, problems: string[]): string[] {
  const items = [...new Set(decodeList(raw))]
  if (items.length > MAX_LIST_ITEMS) problems.push(`${key}: only the first ${MAX_LIST_ITEMS} of ${items.length} values are used`)
  return items.slice(0, MAX_LIST_ITEMS).filter((item) => {
    if (item.length <= MAX_TEXT_LENGTH) return true
    problems.push(`${key}: a value longer than ${MAX_TEXT_LENGTH} characters is ignored`)
    return false
  })
}

/** Options of a closed set; unknown ones are dropped with a problem. */
export function decodeOptions<T extends string | number>(
  key: string,
  raw: string,
  parse: (item: string) => T | undefined,
  problems: string[],
): T[] {
  const options: T[] = []
  for (const item of decodeItems(key, raw, problems)) {
    const option = parse(item)
    if (option === undefined) problems.push(`${key}: unknown value "${item}" ignored`)
    else if (!options.includes(option)) options.push(option)
  }
  return options
}

/** Free names (rivers, towns), checked against a known list when there is one. */
export function decodeNames(key: string, raw: string, known: readonly string[] | undefined, problems: string[]): string[] {
  return decodeOptions(key, raw, (item) => (known === undefined || known.includes(item) ? item : undefined), problems)
}

/** `l` (visible ids) and `op` (id:opacity) over the catalogue of `fallback`. */
export function decodeLayers(
  visibleRaw: string | undefined,
  opacityRaw: string | undefined,
  fallback: readonly LayerState[],
  problems: string[],
): LayerState[] {
  const known = fallback.map((layer) => layer.id)
  const visible = visibleRaw === undefined ? undefined : new Set(decodeNames('l', visibleRaw, known, problems))
  const opacities = new Map<string, number>()
  for (const item of opacityRaw === undefined ? [] : decodeItems('op', opacityRaw, problems)) {
    const at = item.lastIndexOf(':')
    const id = item.slice(0, Math.max(0, at))
    const value = Number(item.slice(at + 1))
    if (at < 0 || !known.includes(id)) problems.push(`op: unknown layer in "${item}" ignored`)
    else if (item.slice(at + 1).trim() === '' || !Number.isFinite(value)) problems.push(`op: opacity of ${id} is not a number; using 1`)
    else {
      if (value < 0 || value > 1) problems.push(`op: opacity of ${id} ${value} is outside 0–1; clamped`)
      opacities.set(id, Math.min(1, Math.max(0, value)))
    }
  }
  return fallback.map((layer) => ({
    id: layer.id,
    visible: visible === undefined ? layer.visible : visible.has(layer.id),
    opacity: opacities.get(layer.id) ?? 1,
  }))
}

/** 'layerId:featureId' with a known layer; null (with a problem) otherwise. */
export function decodeSelected(raw: string, layers: readonly LayerState[], problems: string[]): FeatureRef | null {
  const at = raw.indexOf(':')
  const layerId = decodeItem(at < 0 ? '' : raw.slice(0, at)).trim()
  const featureId = decodeItem(at < 0 ? raw : raw.slice(at + 1)).trim()
  if (at < 0 || layerId === '' || featureId === '') {
    problems.push(`sel: "${decodeItem(raw)}" is not layerId:featureId; nothing selected`)
    return null
  }
  if (!layers.some((layer) => layer.id === layerId)) {
    problems.push(`sel: unknown layer "${layerId}"; nothing selected`)
    return null
  }
  if (featureId.length > MAX_TEXT_LENGTH) {
    problems.push(`sel: feature id longer than ${MAX_TEXT_LENGTH} characters; nothing selected`)
    return null
  }
  return { layerId, featureId }
}
