/**
 * Names in the UI language. The data carries English names beside the Chinese ones where it has them:
 * `name_en` on sections, towns, rivers and the district (geodata/README.md), `river_en` on sections. A
 * feature or place without an English name keeps its Chinese name in English, never an empty text.
 */
import type { Locale } from '../layers/types.ts'

/** Chinese place name → English name, for the places features refer to by name (`town`, `river`). */
export interface PlaceNames {
  town: Readonly<Record<string, string>>
  river: Readonly<Record<string, string>>
}

export type PlaceKind = keyof PlaceNames

export const NO_PLACE_NAMES: PlaceNames = Object.freeze({ town: Object.freeze({}), river: Object.freeze({}) })

const usable = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** A feature's name in `locale`: `name_en` in English when it has one, else `name`, else its `id`. */
export function featureName(properties: Readonly<Record<string, unknown>> | null | undefined, locale: Locale): string {
  const values = properties ?? {}
  if (locale === 'en' && usable(values.name_en)) return values.name_en
  if (usable(values.name)) return values.name
  return values.id === undefined || values.id === null ? '' : String(values.id)
}

/** The name of a town or river (as the data writes it, in Chinese) in `locale`. */
export function placeName(names: PlaceNames, kind: PlaceKind, value: string, locale: Locale): string {
  if (locale === 'zh') return value
  return names[kind][value] ?? value
}

/**
 * The (Chinese, English) pairs of features that carry both, e.g. towns.geojson's `name`/`name_en` or a
 * section's `river`/`river_en`; the first English name of a Chinese name wins.
 */
export function namePairs(
  features: Iterable<{ properties?: Readonly<Record<string, unknown>> | null }>,
  nameKey = 'name',
  englishKey = 'name_en',
): Record<string, string> {
  const pairs: Record<string, string> = {}
  for (const feature of features) {
    const name = feature.properties?.[nameKey]
    const english = feature.properties?.[englishKey]
    if (usable(name) && usable(english) && !(name in pairs)) pairs[name] = english
  }
  return pairs
}

/** `names` with more pairs of one kind (pairs already known keep their English name). */
export function withPlaceNames(names: PlaceNames, kind: PlaceKind, pairs: Readonly<Record<string, string>>): PlaceNames {
  return { ...names, [kind]: { ...pairs, ...names[kind] } }
}
