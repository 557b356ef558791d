/**
 * Loading problems of the layer panel in the planner's language: features skipped while a layer loaded
 * (data/geojson-validation.ts, data/feature-service.ts) and broken entries of geodata/catalogue.json
 * (data/load-catalogue.ts). The data layer keeps its English `reason`/`message` for tests and logs and
 * adds a `kind` with fields; here each kind maps through a Record, so a new kind fails type-checking
 * until it is worded in i18n/messages.ts. Values from the files (ids, geometry types, parser messages)
 * are cut to VALUE_MAX_LENGTH characters and shown as text, never as HTML.
 */
import type { Locale } from '@/domain/layers/types.ts'
import type { FeatureProblem, FeatureProblemKind } from '@/data/geojson-validation.ts'
import type { CatalogueProblem, CatalogueProblemKind } from '@/data/load-catalogue.ts'
import { MESSAGES, type MessageKey } from '@/i18n/messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { shortText, shortValue } from '@/components/analysis/short-text.ts'

type Say = (key: MessageKey, values?: Record<string, string | number>) => string

function sayIn(locale: Locale): Say {
  const table: Readonly<Record<MessageKey, string>> = MESSAGES[locale]
  return (key, values = {}) => fillPlaceholders(table[key], values)
}

/**
 * A skipped feature as the layers store keeps it. The store declares only `{ index, reason }`, but it
 * holds the problems the loader returned, so `kind` and its fields are there; an entry without a kind
 * (from any other source) is shown with its own reason.
 */
export type SkippedEntry = { index: number; reason: string } & Partial<Pick<FeatureProblem, 'kind' | 'value' | 'limit'>>

/** An id as written (a number stays a number); anything else as short JSON. */
const idText = (value: unknown) => (typeof value === 'string' ? shortText(value) : shortValue(value))

const SKIPPED_TEXT: Record<FeatureProblemKind, (entry: SkippedEntry, say: Say) => string> = {
  'no-geometry': (_, say) => say('layers.skipped.no-geometry'),
  'unsupported-type': (entry, say) => say('layers.skipped.unsupported-type', { value: idText(entry.value) }),
  'bad-coordinates': (_, say) => say('layers.skipped.bad-coordinates'),
  'no-id': (_, say) => say('layers.skipped.no-id'),
  'duplicate-id': (entry, say) => say('layers.skipped.duplicate-id', { value: idText(entry.value) }),
  truncated: (entry, say) => say('layers.skipped.truncated', { limit: entry.limit ?? entry.index }),
  'repeated-page': (entry, say) => say('layers.skipped.repeated-page', { limit: entry.limit ?? entry.index }),
}

/** Why one feature was skipped, e.g. '缺少 "id" 属性'. */
export function skippedReason(entry: SkippedEntry, locale: Locale): string {
  return entry.kind ? SKIPPED_TEXT[entry.kind](entry, sayIn(locale)) : shortText(entry.reason)
}

/** The first `limit` skipped features as one line: '#0 没有几何图形；#3 id A1 重复'. */
export function skippedSummary(entries: readonly SkippedEntry[], locale: Locale, limit = 3): string {
  const say = sayIn(locale)
  return entries
    .slice(0, limit)
    .map((entry) => `#${entry.index} ${skippedReason(entry, locale)}`)
    .join(say('layers.skipped.separator'))
}

const CATALOGUE_TEXT: Record<CatalogueProblemKind, MessageKey> = {
  'not-a-list': 'catalogue.problem.not-a-list',
  'bad-id': 'catalogue.problem.bad-id',
  'id-taken': 'catalogue.problem.id-taken',
  'no-name': 'catalogue.problem.no-name',
  'bad-service': 'catalogue.problem.bad-service',
  'bad-tiles': 'catalogue.problem.bad-tiles',
  'no-source': 'catalogue.problem.no-source',
  'invalid-json': 'catalogue.problem.invalid-json',
}

/**
 * One catalogue problem, naming the file and the entry. A plain string (what the catalogue store held
 * before problems were structured) is shown as it is.
 */
export function catalogueProblemText(problem: CatalogueProblem | string, locale: Locale): string {
  if (typeof problem === 'string') return problem
  return sayIn(locale)(CATALOGUE_TEXT[problem.kind], {
    file: shortText(problem.file),
    index: problem.index ?? '?',
    value: shortText(problem.value ?? ''),
    detail: shortText(problem.detail ?? ''),
  })
}
