/**
 * A tiny hand-written JSON checker (no schema library): each reader takes a value and its JSON
 * path, returns the typed value or undefined, and records a problem that names the file and the
 * path, e.g. "tour.json: stops[3].camera.zoom must be a number between 0 and 22".
 *
 * A problem is structured (file, path, kind and the fields its wording needs) with its English
 * `message` beside it; the English lines (`list()`) are what tests and logs read, the structured ones
 * (`details()`) are what the tour panel words in the planner's language (components/tour/
 * tour-problem-text.ts, a Record over the kinds). Structure rather than {zh, en} pairs because the
 * place (a stop number) and the values are worded differently in each language.
 */

/** Stop collecting after this many messages; a broken file rarely needs more to be fixed. */
export const MAX_MESSAGES = 50

/** Which pattern a text failed (each has its own wording); see ID_PATTERN, PHOTO_PATTERN, the date pattern. */
export type TextFormat = 'id' | 'photo' | 'date'

export type TourProblemKind =
  | 'not-a-tour'
  | 'invalid-json'
  | 'unreadable'
  | 'missing'
  | 'invalid-tour'
  | 'unknown-tour'
  | 'more-problems'
  | 'text-missing'
  | 'not-text'
  | 'empty-text'
  | 'too-long'
  | 'bad-format'
  | 'out-of-range'
  | 'not-boolean'
  | 'list-missing'
  | 'not-a-list'
  | 'too-many'
  | 'not-a-choice'
  | 'object-missing'
  | 'not-an-object'
  | 'unknown-field'
  | 'duplicate-id'
  | 'no-groups'
  | 'fit-not-true'
  | 'center-not-pair'
  | 'bad-month'
  | 'unknown-group'
  | 'unknown-layer'

/** The fields a problem's wording needs; which ones a kind uses is in its English message. */
export interface TourProblemFields {
  kind: TourProblemKind
  /** Limits: characters, entries, numbers. */
  min?: number
  max?: number
  /** What the file has (characters, entries), or how many more problems were left out. */
  count?: number
  format?: TextFormat
  /** A value from the file (an id, a group, a layer), or a parser's message. */
  value?: string
  /** The allowed values, as written in JSON ("month", "quarter"; 1, 2). */
  choices?: readonly string[]
  /** Where the same id was used first, e.g. 'stops[0]'. */
  earlier?: string
}

export interface TourProblem extends TourProblemFields {
  file: string
  /** JSON path, '' for the file itself, e.g. 'stops[3].camera.zoom'. */
  path: string
  /** English developer text, e.g. 'tour.json: stops[3].camera.zoom must be a number between 0 and 22'. */
  message: string
}

/** A problem of the file as a whole (no JSON path). */
export function fileProblem(fileName: string, fields: TourProblemFields, text: string): TourProblem {
  return { ...fields, file: fileName, path: '', message: `${fileName}: ${text}` }
}

export class JsonProblems {
  private readonly problems: TourProblem[] = []
  private dropped = 0

  constructor(readonly fileName: string) {}

  /** Records a problem at `path`; `text` is the English wording after the path. */
  add(path: string, fields: TourProblemFields, text: string): void {
    if (this.problems.length >= MAX_MESSAGES) {
      this.dropped += 1
      return
    }
    this.problems.push({ ...fields, file: this.fileName, path, message: path === '' ? `${this.fileName}: ${text}` : `${this.fileName}: ${path} ${text}` })
  }

  get count(): number {
    return this.problems.length + this.dropped
  }

  /** The English messages, with a closing line when some were left out. */
  list(): string[] {
    return this.details().map((problem) => problem.message)
  }

  /** The problems, with a closing 'more-problems' entry when some were left out. */
  details(): TourProblem[] {
    if (this.dropped === 0) return [...this.problems]
    return [...this.problems, fileProblem(this.fileName, { kind: 'more-problems', count: this.dropped }, `… and ${this.dropped} more problems`)]
  }
}

/** 'stops' + 3 → 'stops[3]'; 'stops[3]' + 'camera' → 'stops[3].camera'. */
export function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  return parent === '' ? key : `${parent}.${key}`
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Plain text: line breaks unified to '\n', other control characters removed, ends trimmed. The
 * text is never interpreted (no HTML, no Markdown); the UI shows it with text interpolation.
 */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .trim()
}

export interface TextRule {
  /** Empty text is an error (default true). */
  required?: boolean
  maxLength: number
  /** A regular expression the text must match, with a description for the message. */
  pattern?: { test: RegExp; description: string; format: TextFormat }
}

export function readText(value: unknown, path: string, problems: JsonProblems, rule: TextRule): string | undefined {
  if (typeof value !== 'string') {
    if (value === undefined) problems.add(path, { kind: 'text-missing' }, 'is missing (text expected)')
    else problems.add(path, { kind: 'not-text' }, 'must be text')
    return undefined
  }
  const text = plainText(value)
  if (text.length === 0 && rule.required !== false) problems.add(path, { kind: 'empty-text' }, 'must not be empty')
  else if (text.length > rule.maxLength) {
    problems.add(path, { kind: 'too-long', max: rule.maxLength, count: text.length }, `must be at most ${rule.maxLength} characters (has ${text.length})`)
  } else if (rule.pattern && !rule.pattern.test.test(text)) problems.add(path, { kind: 'bad-format', format: rule.pattern.format }, `must be ${rule.pattern.description}`)
  else return text
  return undefined
}

export function readNumber(
  value: unknown,
  path: string,
  problems: JsonProblems,
  range: { min: number; max: number },
): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max) return value
  problems.add(path, { kind: 'out-of-range', min: range.min, max: range.max }, `must be a number between ${range.min} and ${range.max}`)
  return undefined
}

export function readBoolean(value: unknown, path: string, problems: JsonProblems): boolean | undefined {
  if (typeof value === 'boolean') return value
  problems.add(path, { kind: 'not-boolean' }, 'must be true or false')
  return undefined
}

/** An array of at most `maxLength` items, each read by `readItem`; undefined if not an array. */
export function readArray<T>(
  value: unknown,
  path: string,
  problems: JsonProblems,
  maxLength: number,
  readItem: (item: unknown, itemPath: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    if (value === undefined) problems.add(path, { kind: 'list-missing' }, 'is missing (a list expected)')
    else problems.add(path, { kind: 'not-a-list' }, 'must be a list')
    return undefined
  }
  if (value.length > maxLength) {
    problems.add(path, { kind: 'too-many', max: maxLength, count: value.length }, `must have at most ${maxLength} entries (has ${value.length})`)
    return undefined
  }
  const items: T[] = []
  value.forEach((item, index) => {
    const read = readItem(item, pathOf(path, index))
    if (read !== undefined) items.push(read)
  })
  return items
}

/** One of a closed set of values. */
export function readChoice<T extends string | number>(
  value: unknown,
  path: string,
  problems: JsonProblems,
  choices: readonly T[],
): T | undefined {
  const found = choices.find((choice) => choice === value)
  if (found !== undefined) return found
  const written = choices.map((choice) => JSON.stringify(choice))
  problems.add(path, { kind: 'not-a-choice', choices: written }, `must be one of ${written.join(', ')}`)
  return undefined
}

/** An object, or a message; `known` lists the keys it may have (others are reported as warnings). */
export function readObject(
  value: unknown,
  path: string,
  problems: JsonProblems,
  known: readonly string[],
  warnings: JsonProblems,
): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    if (value === undefined) problems.add(path, { kind: 'object-missing' }, 'is missing (an object expected)')
    else problems.add(path, { kind: 'not-an-object' }, 'must be an object')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) warnings.add(pathOf(path, key), { kind: 'unknown-field' }, 'is not a tour field and was ignored')
  }
  return value
}
