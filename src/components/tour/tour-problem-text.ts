/**
 * Problems of a malformed tour file in the planner's language. data/tour keeps each problem's English
 * `message` (tests, logs) and adds its file, JSON path, kind and fields; here each kind maps through a
 * Record, so a new kind fails type-checking until it is worded in i18n/tour-messages.ts. Every line
 * names the file and the place: the JSON path as written in the file (what a planner searches for) and,
 * inside a stop or a group, its number counted from 1 ("stops[1].camera.zoom（第 2 站）"). Values from
 * the file are cut to VALUE_MAX_LENGTH characters and shown as text, never as HTML.
 */
import type { Locale } from '@/domain/layers/types.ts'
import type { TextFormat, TourProblem, TourProblemKind } from '@/data/tour/index.ts'
import { TOUR_MESSAGES, type TourMessageKey } from '@/i18n/tour-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { shortText } from '@/components/analysis/problem-text.ts'

type Say = (key: TourMessageKey, values?: Record<string, string | number>) => string

const FORMAT_TEXT: Record<TextFormat, TourMessageKey> = {
  id: 'tour.problem.format.id',
  photo: 'tour.problem.format.photo',
  date: 'tour.problem.format.date',
}

/** Kinds whose wording is a fixed text. */
const plain = (key: TourMessageKey) => (_: TourProblem, say: Say) => say(key)

const list = (items: readonly string[] | undefined, say: Say) => (items ?? []).join(say('tour.problem.listSeparator'))

/** 'stops[1].camera.zoom' → 'stops[1].camera.zoom（第 2 站）'; other paths as written. */
export function placeText(path: string, say: Say): string {
  const shown = shortText(path)
  const inList = /^(stops|groups)\[(\d+)\]/.exec(path)
  if (!inList) return shown
  const key = inList[1] === 'stops' ? 'tour.problem.place.stop' : 'tour.problem.place.group'
  return say(key, { path: shown, number: Number(inList[2]) + 1 })
}

const PROBLEM_TEXT: Record<TourProblemKind, (problem: TourProblem, say: Say) => string> = {
  'not-a-tour': plain('tour.problem.not-a-tour'),
  'invalid-json': (problem, say) => say('tour.problem.invalid-json', { value: shortText(problem.value ?? '') }),
  unreadable: (problem, say) => say('tour.problem.unreadable', { value: shortText(problem.value ?? '') }),
  missing: plain('tour.problem.missing'),
  'invalid-tour': plain('tour.problem.invalid-tour'),
  'unknown-tour': (problem, say) => say('tour.problem.unknown-tour', { value: shortText(problem.value ?? '') }),
  'more-problems': (problem, say) => say('tour.problem.more-problems', { count: problem.count ?? '?' }),
  'text-missing': plain('tour.problem.text-missing'),
  'not-text': plain('tour.problem.not-text'),
  'empty-text': plain('tour.problem.empty-text'),
  'too-long': (problem, say) => say('tour.problem.too-long', { max: problem.max ?? '?', count: problem.count ?? '?' }),
  'bad-format': (problem, say) => say(FORMAT_TEXT[problem.format ?? 'id']),
  'out-of-range': (problem, say) => say('tour.problem.out-of-range', { min: problem.min ?? '?', max: problem.max ?? '?' }),
  'not-boolean': plain('tour.problem.not-boolean'),
  'list-missing': plain('tour.problem.list-missing'),
  'not-a-list': plain('tour.problem.not-a-list'),
  'too-many': (problem, say) => say('tour.problem.too-many', { max: problem.max ?? '?', count: problem.count ?? '?' }),
  'not-a-choice': (problem, say) => say('tour.problem.not-a-choice', { choices: list(problem.choices, say) }),
  'object-missing': plain('tour.problem.object-missing'),
  'not-an-object': plain('tour.problem.not-an-object'),
  'unknown-field': plain('tour.problem.unknown-field'),
  'duplicate-id': (problem, say) =>
    say('tour.problem.duplicate-id', { value: shortText(problem.value ?? ''), earlier: placeText(problem.earlier ?? '', say) }),
  'no-groups': plain('tour.problem.no-groups'),
  'fit-not-true': plain('tour.problem.fit-not-true'),
  'center-not-pair': plain('tour.problem.center-not-pair'),
  'bad-month': plain('tour.problem.bad-month'),
  'unknown-group': (problem, say) => say('tour.problem.unknown-group', { value: shortText(problem.value ?? '') }),
  'unknown-layer': (problem, say) =>
    say('tour.problem.unknown-layer', { value: shortText(problem.value ?? ''), choices: list(problem.choices, say) }),
}

/**
 * One problem as a line naming the file and the place. A plain string (a message that has no structure)
 * is shown as it is.
 */
export function tourProblemText(problem: TourProblem | string, locale: Locale): string {
  if (typeof problem === 'string') return problem
  const table: Readonly<Record<TourMessageKey, string>> = TOUR_MESSAGES[locale]
  const say: Say = (key, values = {}) => fillPlaceholders(table[key], values)
  const text = PROBLEM_TEXT[problem.kind](problem, say)
  const file = shortText(problem.file)
  return problem.path === '' ? say('tour.problem.lineFile', { file, text }) : say('tour.problem.line', { file, place: placeText(problem.path, say), text })
}
