/**
 * Styles a planner can give an imported layer: one colour, a colour per category of a property, or five
 * quantile classes of a numeric property. Colours come from the Okabe–Ito palette (Okabe & Ito 2008,
 * "Color Universal Design"), chosen to stay distinguishable for the common forms of colour-blindness.
 */
import type { FeatureCollection } from 'geojson'
import type { CategoryEntry, LayerDefinition, LayerStyle } from '@/domain/layers/types.ts'

export const SAFE_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'] as const
/** Sequential light → dark blues (ColorBrewer "Blues", 5 classes), ordered by value. */
export const GRADUATED_PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const
export const FALLBACK_COLOUR = '#9e9e9e'
/** Categories beyond the palette share the fallback colour (and the legend says "其他"). */
export const MAX_CATEGORIES = SAFE_PALETTE.length

function valuesOf(collection: FeatureCollection, property: string): unknown[] {
  return collection.features.map((feature) => feature.properties?.[property])
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

/** Properties whose non-empty values are all numbers (candidates for graduated colours). */
export function numericProperties(collection: FeatureCollection, keys: readonly string[]): string[] {
  return keys.filter((key) => {
    const present = valuesOf(collection, key).filter((value) => value !== null && value !== undefined && value !== '')
    return present.length > 0 && present.every((value) => numberOf(value) !== null)
  })
}

/**
 * The colour a newly committed import gets: the first palette colour no other imported layer is drawn
 * in, so that two imports side by side never share one (issue 12 item 6); when all are in use, the
 * palette starts over.
 */
export function nextImportColour(usedColours: readonly string[]): string {
  const used = new Set(usedColours.map((colour) => colour.toLowerCase()))
  return SAFE_PALETTE.find((colour) => !used.has(colour)) ?? SAFE_PALETTE[usedColours.length % SAFE_PALETTE.length]!
}

/** The next import colour after the single colours of `imported` (leaving out the layer `exceptId`). */
export function nextColourAmong(imported: readonly LayerDefinition[], exceptId?: string): string {
  return nextImportColour(imported.flatMap((other) => (other.id !== exceptId && other.style.kind === 'single' ? [other.style.colour] : [])))
}

export function singleStyle(colour: string = SAFE_PALETTE[0]): LayerStyle {
  return { kind: 'single', colour }
}

/** The most frequent values first, one palette colour each; rarer values take the fallback colour. */
export function categoricalStyle(collection: FeatureCollection, property: string): LayerStyle {
  const counts = new Map<string, number>()
  for (const value of valuesOf(collection, property)) {
    if (value === null || value === undefined || value === '') continue
    const text = String(value)
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
  const entries: CategoryEntry[] = ordered.slice(0, MAX_CATEGORIES).map(([value], index) => ({
    value,
    colour: SAFE_PALETTE[index]!,
    label: { zh: value, en: value },
  }))
  return { kind: 'categorical', property, entries, fallbackColour: FALLBACK_COLOUR }
}

/**
 * Five quantile classes: each class starts at the value below which 0, 20, 40, 60, 80 % of the features
 * lie (nearest-rank), so each colour covers about a fifth of the features. Repeated breaks collapse.
 */
export function graduatedStyle(collection: FeatureCollection, property: string): LayerStyle {
  const numbers = valuesOf(collection, property)
    .map(numberOf)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b)
  const stops: { value: number; colour: string }[] = []
  if (numbers.length > 0) {
    GRADUATED_PALETTE.forEach((colour, index) => {
      const value = numbers[Math.floor((index / GRADUATED_PALETTE.length) * numbers.length)]!
      if (stops.length === 0 || value > stops[stops.length - 1]!.value) stops.push({ value, colour })
    })
  }
  return { kind: 'graduated', property, stops, fallbackColour: FALLBACK_COLOUR }
}
