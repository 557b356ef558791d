/**
 * A tiny hand-written JSON checker (no schema library): each reader takes a value and its JSON
 * path, returns the typed value or undefined, and records a message that names the file and the
 * path, e.g. "tour.json: stops[3].camera.zoom must be a number between 0 and 22".
 */

/** Stop collecting after this many messages; a broken file rarely needs more to be fixed. */
export const MAX_MESSAGES = 50

export class JsonProblems {
  readonly messages: string[] = []
  private dropped = 0

  constructor(readonly fileName: string) {}

  add(path: string, message: string): void {
    if (this.messages.length >= MAX_MESSAGES) {
      this.dropped += 1
      return
    }
    this.messages.push(path === '' ? `${this.fileName}: ${message}` : `${this.fileName}: ${path} ${message}`)
  }

  get count(): number {
    return this.messages.length + this.dropped
  }

  /** The messages, with a closing line when some were left out. */
  list(): string[] {
    return this.dropped === 0 ? [...this.messages] : [...this.messages, `${this.fileName}: … and ${this.dropped} more problems`]
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
  pattern?: { test: RegExp; description: string }
}

export function readText(value: unknown, path: string, problems: JsonProblems, rule: TextRule): string | undefined {
  if (typeof value !== 'string') {
    problems.add(path, value === undefined ? 'is missing (text expected)' : 'must be text')
    return undefined
  }
  const text = plainText(value)
  if (text.length === 0 && rule.required !== false) problems.add(path, 'must not be empty')
  else if (text.length > rule.maxLength) problems.add(path, `must be at most ${rule.maxLength} characters (has ${text.length})`)
  else if (rule.pattern && !rule.pattern.test.test(text)) problems.add(path, `must be ${rule.pattern.description}`)
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
  problems.add(path, `must be a number between ${range.min} and ${range.max}`)
  return undefined
}

export function readBoolean(value: unknown, path: string, problems: JsonProblems): boolean | undefined {
  if (typeof value === 'boolean') return value
  problems.add(path, 'must be true or false')
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
    problems.add(path, value === undefined ? 'is missing (a list expected)' : 'must be a list')
    return undefined
  }
  if (value.length > maxLength) {
    problems.add(path, `must have at most ${maxLength} entries (has ${value.length})`)
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
  problems.add(path, `must be one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`)
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
    problems.add(path, value === undefined ? 'is missing (an object expected)' : 'must be an object')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) warnings.add(pathOf(path, key), 'is not a tour field and was ignored')
  }
  return value
}
