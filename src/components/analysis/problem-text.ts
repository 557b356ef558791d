/**
 * A data problem worded for the planner, in Chinese or English, from the problem's kind and fields. The
 * domain validators keep their `message` as English developer text (tests, logs); the UI never shows it.
 * Each union of kinds maps through a Record, so a new kind fails type-checking until it has its wording
 * here and its keys in i18n/analysis-messages.ts. Values from the data are quoted as JSON and cut at
 * VALUE_MAX_LENGTH characters: a property can hold anything, and a huge one must not flood the list.
 */
import type { Locale } from '@/domain/layers/types.ts'
import { vocabularyText } from '@/domain/layers/vocabulary.ts'
import { GREEN_KINDS } from '@/domain/families/green/module.ts'
import { GREEN_KIND_CODES, GREEN_STATUS_CODES, type GreenProblem, type GreenProblemKind } from '@/domain/greenery/index.ts'
import type { StageProblem, StageProblemKind } from '@/domain/remediation/index.ts'
import { soilItem, type SoilProblem, type SoilProblemKind } from '@/domain/soil/index.ts'
import type { GeometryProblem, GeometryProblemKind } from '@/domain/spatial/index.ts'
import type { FeatureProblem } from '@/domain/families/types.ts'
import { ANALYSIS_MESSAGES, type AnalysisMessageKey } from '@/i18n/analysis-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { shortText, shortValue } from './short-text.ts'

/** One problem of a feature, tagged with the validator that found it (the families' checks return them). */
export type { FeatureProblem }

export { VALUE_MAX_LENGTH, shortText, shortValue } from './short-text.ts'

type Say = (key: AnalysisMessageKey, values?: Record<string, string | number>) => string
interface Words {
  say: Say
  locale: Locale
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const
type GeometryTypeName = (typeof GEOMETRY_TYPES)[number]

/** 线 / line for 'LineString'; an unknown type is quoted as found; null or undefined is "no geometry". */
function shapeName(type: unknown, { say }: Words): string {
  if ((GEOMETRY_TYPES as readonly unknown[]).includes(type)) return say(`analysis.problem.geometryType.${type as GeometryTypeName}`)
  return type === null || type === undefined ? say('analysis.problem.geometryType.none') : shortValue(type)
}

/** "点、面或多面" / "point, polygon or multipolygon". */
function alternatives(items: readonly string[], { say }: Words): string {
  if (items.length <= 1) return items[0] ?? ''
  return say('analysis.problem.listLast', { list: items.slice(0, -1).join(say('analysis.problem.listSeparator')), last: items.at(-1)! })
}

const GEOMETRY_TEXT: Record<GeometryProblemKind, (problem: GeometryProblem, words: Words) => string> = {
  'no-geometry': (_, { say }) => say('analysis.problem.geometry.no-geometry'),
  'unsupported-type': (problem, { say }) => say('analysis.problem.geometry.unsupported-type', { value: shortValue(problem.value) }),
  empty: (problem, words) => words.say('analysis.problem.geometry.empty', { shape: shapeName(problem.geometryType, words) }),
  'not-a-number': (problem, { say }) => say('analysis.problem.geometry.not-a-number', { value: shortValue(problem.value) }),
  'out-of-range': (problem, { say }) => say('analysis.problem.geometry.out-of-range', { value: shortValue(problem.value ?? problem.position) }),
  'too-few-positions': (problem, words) =>
    words.say('analysis.problem.geometry.too-few-positions', { shape: shapeName(problem.geometryType, words), minimum: problem.minimum ?? '?' }),
  'unclosed-ring': (problem, { say }) => say('analysis.problem.geometry.unclosed-ring', { position: shortValue(problem.position) }),
  'self-intersection': (problem, { say }) => say('analysis.problem.geometry.self-intersection', { count: problem.crossings ?? 1 }),
}

/** Entries are counted from 1 for the planner (the domain's `index` counts from 0). */
const entryValues = (problem: StageProblem) => ({ entry: problem.index + 1, value: shortValue(problem.value) })

const STAGE_TEXT: Record<StageProblemKind, (problem: StageProblem, words: Words) => string> = {
  'not-a-list': (problem, { say }) => say('analysis.problem.stage.not-a-list', { value: shortValue(problem.value) }),
  'bad-entry': (problem, { say }) => say('analysis.problem.stage.bad-entry', entryValues(problem)),
  'unknown-stage': (problem, { say }) => say('analysis.problem.stage.unknown-stage', entryValues(problem)),
  'bad-date': (problem, { say }) => say('analysis.problem.stage.bad-date', entryValues(problem)),
  'not-chronological': (problem, { say }) => say('analysis.problem.stage.not-chronological', { ...entryValues(problem), previous: shortValue(problem.previous) }),
}

/**
 * 砷（7440-38-2） / 砷 (CAS 7440-38-2): GB 36600-2018 Table 1 names its items in Chinese only, and the
 * item table has no English name, so English shows the Chinese name with the CAS number everyone reads.
 */
function soilItemName(cas: string, { say }: Words): string {
  const item = soilItem(cas)
  return item ? say('analysis.problem.soil.item', { name: item.nameZh, cas: shortText(cas) }) : shortValue(cas)
}

const SOIL_TEXT: Record<SoilProblemKind, (problem: SoilProblem, words: Words) => string> = {
  'unknown-item': (problem, { say }) => say('analysis.problem.soil.unknown-item', { cas: shortValue(problem.cas) }),
  'not-a-number': (problem, words) => words.say('analysis.problem.soil.not-a-number', { item: soilItemName(problem.cas, words), value: shortValue(problem.value) }),
  negative: (problem, words) => words.say('analysis.problem.soil.negative', { item: soilItemName(problem.cas, words), value: shortValue(problem.value) }),
  duplicate: (problem, words) => words.say('analysis.problem.soil.duplicate', { item: soilItemName(problem.cas, words) }),
  'no-values': (_, { say }) => say('analysis.problem.soil.no-values'),
}

const GREEN_TEXT: Record<GreenProblemKind, (problem: GreenProblem, words: Words) => string> = {
  'unknown-kind': (problem, { say }) => say('analysis.problem.green.unknown-kind', { value: shortValue(problem.value), allowed: GREEN_KIND_CODES.join(' / ') }),
  'unknown-status': (problem, { say }) => say('analysis.problem.green.unknown-status', { value: shortValue(problem.value), allowed: GREEN_STATUS_CODES.join(' / ') }),
  'bad-year': (problem, { say }) => say('analysis.problem.green.bad-year', { value: shortValue(problem.value) }),
  'bad-date': (problem, { say }) => say('analysis.problem.green.bad-date', { field: shortText(problem.field), value: shortValue(problem.value) }),
  'end-before-start': (problem, { say }) => say('analysis.problem.green.end-before-start', { value: shortValue(problem.value), start: shortValue(problem.start) }),
  'missing-area': (_, { say }) => say('analysis.problem.green.missing-area'),
  'wrong-geometry': (problem, words) =>
    words.say('analysis.problem.green.wrong-geometry', {
      kind: vocabularyText(GREEN_KINDS, problem.projectKind, words.locale),
      expected: alternatives((problem.expected ?? []).map((type) => shapeName(type, words)), words),
      actual: shapeName(problem.value, words),
    }),
}

/** The problem in the planner's language. */
export function problemText(entry: FeatureProblem, locale: Locale): string {
  const table: Readonly<Record<AnalysisMessageKey, string>> = ANALYSIS_MESSAGES[locale]
  const words: Words = { locale, say: (key, values = {}) => fillPlaceholders(table[key], values) }
  switch (entry.source) {
    case 'geometry':
      return GEOMETRY_TEXT[entry.problem.kind](entry.problem, words)
    case 'stage':
      return STAGE_TEXT[entry.problem.kind](entry.problem, words)
    case 'soil':
      return SOIL_TEXT[entry.problem.kind](entry.problem, words)
    case 'green':
      return GREEN_TEXT[entry.problem.kind](entry.problem, words)
  }
}
