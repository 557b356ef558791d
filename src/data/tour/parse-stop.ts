/** Checks for one tour stop and its parts (camera, clock, filter, photos). */
import { COMPARE_MODES, type CompareMode } from '@/domain/filters/change.ts'
import { ATTAINMENTS, CLASS_OPTIONS, LEVELS, type SectionFilter } from '@/domain/filters/types.ts'
import { isMonth } from '@/domain/time/month.ts'
import { PERIOD_MODES } from '@/domain/time/period.ts'
import type { StopCamera, TourStop } from '@/domain/tour/types.ts'
import { CAMERA_LIMITS, type ClockPosition, type FeatureRef } from '@/domain/view-state/types.ts'
import {
  pathOf,
  readArray,
  readBoolean,
  readChoice,
  readNumber,
  readObject,
  readText,
  type JsonProblems,
} from './json-checks.ts'
import { readStopAssessment } from './parse-assessment.ts'

/** Ids appear in URLs (`tour=`, `stop=`), so they are restricted to URL-safe characters. */
export const ID_PATTERN = { test: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, description: 'letters, digits, "-" or "_" (at most 64)', format: 'id' } as const

/**
 * Photos are files under public/, named relative to it: no scheme, no leading '/', no '..'
 * (a tour file must not point the offline app at the network or outside its folder).
 */
export const PHOTO_PATTERN = {
  test: /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w\u4e00-\u9fff-]+(?:[./][\w\u4e00-\u9fff-]+)*\.(?:jpe?g|png|webp)$/i,
  description: 'a .jpg, .png or .webp path relative to public/ (e.g. "tours/2019/fx01.jpg")',
  format: 'photo',
} as const

export const STOP_LIMITS = { title: 200, caption: 2000, features: 100, layers: 50, photos: 20, dwellSeconds: 600, padding: 500 }

const STOP_KEYS = ['id', 'title', 'title_en', 'caption', 'caption_en', 'group', 'features', 'camera', 'layers', 'clock', 'filter', 'compare', 'photos', 'dwellSeconds', 'assessment']

export interface StopContext {
  problems: JsonProblems
  warnings: JsonProblems
  groupIds: ReadonlySet<string>
  /** Known layer ids; when given, other ids are errors. */
  layerIds?: readonly string[]
}

function readCamera(value: unknown, path: string, context: StopContext): StopCamera | undefined {
  const { problems, warnings } = context
  const camera = readObject(value, path, problems, ['fit', 'padding', 'center', 'zoom', 'bearing', 'pitch'], warnings)
  if (!camera) return undefined
  if (camera.fit !== undefined) {
    if (camera.fit !== true) return void problems.add(pathOf(path, 'fit'), { kind: 'fit-not-true' }, 'must be true (or left out for a fixed camera)')
    if (camera.padding === undefined) return { fit: true }
    const padding = readNumber(camera.padding, pathOf(path, 'padding'), problems, { min: 0, max: STOP_LIMITS.padding })
    return padding === undefined ? undefined : { fit: true, padding }
  }
  const centerPath = pathOf(path, 'center')
  const center = Array.isArray(camera.center) && camera.center.length === 2 ? camera.center : undefined
  if (!center) problems.add(centerPath, { kind: 'center-not-pair' }, 'must be [longitude, latitude]')
  const [lowLng, highLng] = CAMERA_LIMITS.longitude
  const [lowLat, highLat] = CAMERA_LIMITS.latitude
  const longitude = center && readNumber(center[0], pathOf(centerPath, 0), problems, { min: lowLng, max: highLng })
  const latitude = center && readNumber(center[1], pathOf(centerPath, 1), problems, { min: lowLat, max: highLat })
  const [lowZoom, highZoom] = CAMERA_LIMITS.zoom
  const zoom = readNumber(camera.zoom, pathOf(path, 'zoom'), problems, { min: lowZoom, max: highZoom })
  const bearing = camera.bearing === undefined ? 0 : readNumber(camera.bearing, pathOf(path, 'bearing'), problems, { min: -360, max: 360 })
  const [lowPitch, highPitch] = CAMERA_LIMITS.pitch
  const pitch = camera.pitch === undefined ? 0 : readNumber(camera.pitch, pathOf(path, 'pitch'), problems, { min: lowPitch, max: highPitch })
  if (longitude === undefined || latitude === undefined || zoom === undefined || bearing === undefined || pitch === undefined) return undefined
  return { center: [longitude, latitude], zoom, bearing, pitch }
}

function readClock(value: unknown, path: string, context: StopContext): ClockPosition | undefined {
  const clock = readObject(value, path, context.problems, ['month', 'mode'], context.warnings)
  if (!clock) return undefined
  const month = isMonth(clock.month) ? clock.month : undefined
  if (month === undefined) context.problems.add(pathOf(path, 'month'), { kind: 'bad-month' }, 'must be a month "YYYY-MM" (e.g. "2019-06")')
  const mode = clock.mode === undefined ? 'month' : readChoice(clock.mode, pathOf(path, 'mode'), context.problems, PERIOD_MODES)
  return month === undefined || mode === undefined ? undefined : { month, mode }
}

function readFilter(value: unknown, path: string, context: StopContext): SectionFilter | undefined {
  const { problems } = context
  const keys = ['classes', 'levels', 'rivers', 'towns', 'attainment', 'changedOnly']
  const filter = readObject(value, path, problems, keys, context.warnings)
  if (!filter) return undefined
  const before = problems.count
  const list = <T extends string | number>(key: string, read: (item: unknown, itemPath: string) => T | undefined): T[] =>
    filter[key] === undefined ? [] : [...new Set(readArray(filter[key], pathOf(path, key), problems, 100, read) ?? [])]
  const name = (item: unknown, itemPath: string) => readText(item, itemPath, problems, { maxLength: 120 })
  const result: SectionFilter = {
    classes: list('classes', (item, itemPath) => readChoice(item, itemPath, problems, CLASS_OPTIONS)),
    levels: list('levels', (item, itemPath) => readChoice(item, itemPath, problems, LEVELS)),
    rivers: list('rivers', name),
    towns: list('towns', name),
    attainment: list('attainment', (item, itemPath) => readChoice(item, itemPath, problems, ATTAINMENTS)),
    changedOnly: filter.changedOnly === undefined ? false : readBoolean(filter.changedOnly, pathOf(path, 'changedOnly'), problems) ?? false,
  }
  return problems.count === before ? result : undefined
}

function readFeature(value: unknown, path: string, context: StopContext): FeatureRef | undefined {
  const feature = readObject(value, path, context.problems, ['layerId', 'featureId'], context.warnings)
  if (!feature) return undefined
  const layerId = readLayerId(feature.layerId, pathOf(path, 'layerId'), context)
  const featureId = readText(feature.featureId, pathOf(path, 'featureId'), context.problems, { maxLength: 120 })
  return layerId === undefined || featureId === undefined ? undefined : { layerId, featureId }
}

function readLayerId(value: unknown, path: string, context: StopContext): string | undefined {
  const id = readText(value, path, context.problems, { maxLength: 64 })
  if (id === undefined || context.layerIds === undefined || context.layerIds.includes(id)) return id
  context.problems.add(path, { kind: 'unknown-layer', value: id, choices: context.layerIds }, `names an unknown layer "${id}" (known: ${context.layerIds.join(', ')})`)
  return undefined
}

/** One stop, or undefined (with messages) when any part of it is unusable. */
export function readStop(value: unknown, path: string, context: StopContext): TourStop | undefined {
  const { problems } = context
  const stop = readObject(value, path, problems, STOP_KEYS, context.warnings)
  if (!stop) return undefined
  const before = problems.count
  const at = (key: string) => pathOf(path, key)
  const id = readText(stop.id, at('id'), problems, { maxLength: 64, pattern: ID_PATTERN })
  const title = readText(stop.title, at('title'), problems, { maxLength: STOP_LIMITS.title })
  const caption = readText(stop.caption ?? '', at('caption'), problems, { maxLength: STOP_LIMITS.caption, required: false })
  // English twins of the text (issue 12 item 8): optional, same limits.
  const titleEnglish = stop.title_en === undefined ? undefined : readText(stop.title_en, at('title_en'), problems, { maxLength: STOP_LIMITS.title, required: false })
  const captionEnglish = stop.caption_en === undefined ? undefined : readText(stop.caption_en, at('caption_en'), problems, { maxLength: STOP_LIMITS.caption, required: false })
  const group = readText(stop.group, at('group'), problems, { maxLength: 64 })
  if (group !== undefined && !context.groupIds.has(group)) problems.add(at('group'), { kind: 'unknown-group', value: group }, `names no group of the tour ("${group}")`)
  const features = readArray(stop.features ?? [], at('features'), problems, STOP_LIMITS.features, (item, itemPath) => readFeature(item, itemPath, context))
  const camera = readCamera(stop.camera, at('camera'), context)
  // A fit camera without features frames what the stop shows (its filtered sections, its layers).
  const layers = readArray(stop.layers, at('layers'), problems, STOP_LIMITS.layers, (item, itemPath) => readLayerId(item, itemPath, context))
  const clock = readClock(stop.clock, at('clock'), context)
  const filter = stop.filter === undefined ? undefined : readFilter(stop.filter, at('filter'), context)
  const compare: CompareMode | undefined = stop.compare === undefined ? undefined : readChoice(stop.compare, at('compare'), problems, COMPARE_MODES)
  const photos = stop.photos === undefined ? undefined
    : readArray(stop.photos, at('photos'), problems, STOP_LIMITS.photos, (item, itemPath) =>
      readText(item, itemPath, problems, { maxLength: 200, pattern: PHOTO_PATTERN }))
  const dwellSeconds = stop.dwellSeconds === undefined ? undefined
    : readNumber(stop.dwellSeconds, at('dwellSeconds'), problems, { min: 1, max: STOP_LIMITS.dwellSeconds })
  const assessment = stop.assessment === undefined ? undefined
    : readArray(stop.assessment, at('assessment'), problems, 20, (item, itemPath) => readStopAssessment(item, itemPath, problems, context.warnings))
  if (problems.count !== before || !id || !title || caption === undefined || !group || !features || !camera || !layers || !clock) return undefined
  const result: TourStop = { id, title, caption, group, features, camera, layers: [...new Set(layers)], clock }
  if (titleEnglish) result.title_en = titleEnglish
  if (captionEnglish) result.caption_en = captionEnglish
  if (filter) result.filter = filter
  if (compare) result.compare = compare
  if (photos) result.photos = photos
  if (dwellSeconds !== undefined) result.dwellSeconds = dwellSeconds
  if (assessment && assessment.length > 0) result.assessment = assessment
  return result
}
