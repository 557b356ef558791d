/**
 * Tour files (geodata/tours/*.json, or a file a planner imports) → a validated Tour.
 *
 * The schema is checked by hand (no extra dependency). Every message names the file and the
 * JSON path, e.g. "tour.json: stops[3].camera.zoom must be a number between 0 and 22", so a
 * planner who edited the file can find the mistake. All problems are collected, not just the
 * first. Text fields are kept as plain text (see plainText). Unknown fields are not errors, they
 * come back as warnings. Errors come twice: as English lines (`errors`, for tests and logs) and as
 * structured problems (`problems`) that the UI words in the planner's language (json-checks.ts).
 */
import type { Tour, TourGroup, TourStop } from '@/domain/tour/types.ts'
import { JsonProblems, fileProblem, isRecord, pathOf, readArray, readBoolean, readObject, readText, type TourProblem } from './json-checks.ts'
import { ID_PATTERN, readStop } from './parse-stop.ts'

export type ParsedTour = { tour: Tour; warnings: string[] } | { errors: string[]; problems: TourProblem[] }

export interface ParseTourOptions {
  /** Layer ids of the app; when given, stops naming other layers are errors. */
  layerIds?: readonly string[]
}

export const TOUR_LIMITS = { title: 200, description: 2000, groups: 100, members: 100, stops: 500 }

const DATE_PATTERN = {
  test: /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  description: 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  format: 'date',
} as const

function readGroup(value: unknown, path: string, problems: JsonProblems, warnings: JsonProblems): TourGroup | undefined {
  const group = readObject(value, path, problems, ['id', 'name', 'name_en', 'members'], warnings)
  if (!group) return undefined
  const id = readText(group.id, pathOf(path, 'id'), problems, { maxLength: 64, pattern: ID_PATTERN })
  const name = readText(group.name, pathOf(path, 'name'), problems, { maxLength: 100 })
  const nameEnglish = group.name_en === undefined ? undefined : readText(group.name_en, pathOf(path, 'name_en'), problems, { maxLength: 100, required: false })
  const members = group.members === undefined ? undefined
    : readArray(group.members, pathOf(path, 'members'), problems, TOUR_LIMITS.members, (item, itemPath) =>
      readText(item, itemPath, problems, { maxLength: 100 }))
  if (id === undefined || name === undefined) return undefined
  const result: TourGroup = { id, name }
  if (nameEnglish) result.name_en = nameEnglish
  if (members !== undefined) result.members = members
  return result
}

function reportDuplicates(items: readonly { id: string }[], listPath: string, problems: JsonProblems): void {
  const seen = new Map<string, number>()
  items.forEach((item, index) => {
    const earlier = seen.get(item.id)
    if (earlier === undefined) seen.set(item.id, index)
    else {
      const first = pathOf(listPath, earlier)
      problems.add(pathOf(pathOf(listPath, index), 'id'), { kind: 'duplicate-id', value: item.id, earlier: first }, `"${item.id}" is already used by ${first}`)
    }
  })
}

function failed(problems: TourProblem[]): ParsedTour {
  return { errors: problems.map((problem) => problem.message), problems }
}

/** Validate parsed JSON as a tour. */
export function parseTour(json: unknown, fileName: string, options: ParseTourOptions = {}): ParsedTour {
  const problems = new JsonProblems(fileName)
  const warnings = new JsonProblems(fileName)
  if (!isRecord(json)) {
    problems.add('', { kind: 'not-a-tour' }, 'must contain a JSON object (a tour with id, title, date, groups and stops)')
    return failed(problems.details())
  }
  const keys = ['id', 'title', 'title_en', 'date', 'sample', 'description', 'description_en', 'groups', 'stops']
  const root = readObject(json, '', problems, keys, warnings) ?? {}
  const id = readText(root.id, 'id', problems, { maxLength: 64, pattern: ID_PATTERN })
  const title = readText(root.title, 'title', problems, { maxLength: TOUR_LIMITS.title })
  const titleEnglish = root.title_en === undefined ? undefined : readText(root.title_en, 'title_en', problems, { maxLength: TOUR_LIMITS.title, required: false })
  const date = readText(root.date, 'date', problems, { maxLength: 10, pattern: DATE_PATTERN })
  const sample = root.sample === undefined ? undefined : readBoolean(root.sample, 'sample', problems)
  const description = root.description === undefined ? undefined
    : readText(root.description, 'description', problems, { maxLength: TOUR_LIMITS.description, required: false })
  const descriptionEnglish = root.description_en === undefined ? undefined
    : readText(root.description_en, 'description_en', problems, { maxLength: TOUR_LIMITS.description, required: false })

  const groups = readArray(root.groups, 'groups', problems, TOUR_LIMITS.groups, (item, path) => readGroup(item, path, problems, warnings))
  if (groups && Array.isArray(root.groups) && root.groups.length === 0) problems.add('groups', { kind: 'no-groups' }, 'must have at least one group')
  if (groups) reportDuplicates(groups, 'groups', problems)

  const groupIds = new Set((groups ?? []).map((group) => group.id))
  const context = { problems, warnings, groupIds, layerIds: options.layerIds }
  const stops: TourStop[] | undefined = readArray(root.stops, 'stops', problems, TOUR_LIMITS.stops, (item, path) => readStop(item, path, context))
  if (stops) reportDuplicates(stops, 'stops', problems)

  if (problems.count > 0 || !id || !title || !date || !groups || !stops) {
    return failed(problems.count > 0 ? problems.details() : [fileProblem(fileName, { kind: 'invalid-tour' }, 'is not a valid tour')])
  }
  const tour: Tour = { id, title, date, groups, stops }
  if (titleEnglish) tour.title_en = titleEnglish
  if (sample !== undefined) tour.sample = sample
  if (description) tour.description = description
  if (descriptionEnglish) tour.description_en = descriptionEnglish
  return { tour, warnings: warnings.list() }
}

/** Parse the text of a tour file; a JSON syntax error is reported with the file name. */
export function parseTourText(text: string, fileName: string, options: ParseTourOptions = {}): ParsedTour {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failed([fileProblem(fileName, { kind: 'invalid-json', value: reason }, `is not valid JSON (${reason})`)])
  }
  return parseTour(json, fileName, options)
}

/** The tour as a JSON file's text (for export; stable key order, 2-space indent). */
export function serializeTour(tour: Tour): string {
  return `${JSON.stringify(tour, null, 2)}\n`
}
