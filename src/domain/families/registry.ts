/**
 * Family → module (issue 16 §1). Typed as a Record over `LayerFamily`: a family added to the union fails
 * type-checking here until its module exists. Callers look a layer's module up through its catalogue
 * entry's `family` and never branch on a layer id.
 */
import type { Feature } from 'geojson'
import type { LayerFamily, LocalizedText } from '../layers/types.ts'
import type { ClockMoment, FamilyModule, TimedFeatureState, VocabularyFormat } from './types.ts'
import { WATER_FAMILY } from './water/module.ts'
import { LAND_FAMILY } from './land/module.ts'
import { SOIL_FAMILY } from './soil/module.ts'
import { GREEN_FAMILY } from './green/module.ts'
import { IMPORTED_FAMILY } from './imported/module.ts'
import { SOURCES_FAMILY } from './sources/module.ts'

export const FAMILY_MODULES: Readonly<Record<LayerFamily, FamilyModule>> = {
  water: WATER_FAMILY,
  land: LAND_FAMILY,
  soil: SOIL_FAMILY,
  green: GREEN_FAMILY,
  imported: IMPORTED_FAMILY,
  sources: SOURCES_FAMILY,
}

export function familyModule(family: LayerFamily): FamilyModule {
  return FAMILY_MODULES[family]
}

/** A layer as the family functions need it: its id and its family (a catalogue entry is one). */
export interface FamilyLayer {
  id: string
  family: LayerFamily
}

/** What the clock shows of a feature of `layer` at `at`; null when its family does not change it. */
export function timedStateOf(layer: FamilyLayer, feature: Feature, at: ClockMoment): TimedFeatureState | null {
  return FAMILY_MODULES[layer.family].timedState?.(layer.id, feature, at) ?? null
}

/** The layer's features with the properties its family derives on load (the same array's copy otherwise). */
export function withDerivedProperties(layer: FamilyLayer, features: readonly Feature[]): Feature[] {
  return FAMILY_MODULES[layer.family].deriveProperties?.(layer.id, features) ?? [...features]
}

/** The moment of a month alone (month mode): the period is that month. */
export function momentOfMonth(month: string): ClockMoment {
  return { month, first: month, last: month }
}

const vocabularies = new Map<VocabularyFormat, Readonly<Record<string, LocalizedText>>>()

/** The names of a format's codes over every family (a code means one thing in the whole app). */
export function familyVocabulary(format: VocabularyFormat): Readonly<Record<string, LocalizedText>> {
  let merged = vocabularies.get(format)
  if (!merged) {
    merged = Object.assign({}, ...Object.values(FAMILY_MODULES).map((module) => module.vocabularies?.[format] ?? {})) as Record<string, LocalizedText>
    vocabularies.set(format, merged)
  }
  return merged
}
