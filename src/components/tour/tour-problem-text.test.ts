import { describe, expect, it } from 'vitest'
import { parseTour, parseTourText, type TourProblem, type TourProblemKind } from '@/data/tour/index.ts'
import { JsonProblems, fileProblem, readObject } from '@/data/tour/json-checks.ts'
import { tourProblemText } from './tour-problem-text.ts'

type Json = Record<string, unknown>
function validTour(): Json {
  return {
    id: 'demo',
    title: '示例视察',
    date: '2019-06',
    groups: [{ id: 'g1', name: '第一组' }],
    stops: [
      { id: 's1', title: '断面', group: 'g1', features: [{ layerId: 'sections', featureId: 'FX01' }], camera: { center: [121.5, 30.9], zoom: 13 }, layers: ['sections'], clock: { month: '2019-12' } },
      { id: 's2', title: '地块', group: 'g1', features: [{ layerId: 'sections', featureId: 'FX02' }], camera: { fit: true }, layers: ['sections'], clock: { month: '2019-12' } },
    ],
  }
}
const tour = (change: (tour: Json) => void): Json => {
  const result = validTour()
  change(result)
  return result
}
const stop = (index: number, change: (stop: Json) => void) => tour((result) => change((result.stops as Json[])[index]!))

/** The problems a real parse of `json` reports (none for a valid tour). */
function problemsOf(json: unknown, layerIds?: string[]): TourProblem[] {
  const result = parseTour(json, 'tour.json', layerIds ? { layerIds } : {})
  return 'problems' in result ? result.problems : []
}
/** Unknown fields are only warnings: the reader that finds them reports them this way. */
function unknownFieldProblem(): TourProblem[] {
  const problems = new JsonProblems('tour.json')
  const warnings = new JsonProblems('tour.json')
  readObject({ colour: 'red' }, 'stops[1]', problems, [], warnings)
  return warnings.details()
}

interface Case {
  problems: () => TourProblem[]
  zh: string
  en: string
}
// Record<Kind, Case>: a kind added to data/tour fails type-checking here until it has a case.
const CASES: Record<TourProblemKind, Case> = {
  'not-a-tour': { problems: () => problemsOf([1, 2]), zh: 'tour.json：应包含一个 JSON 对象（含 id、title、date、groups 和 stops 的路线）', en: 'tour.json: must contain a JSON object (a tour with id, title, date, groups and stops)' },
  'invalid-json': {
    problems: () => { const result = parseTourText('{ "id": ', 'broken.json'); return 'problems' in result ? result.problems : [] },
    zh: 'broken.json：不是有效的 JSON（', en: 'broken.json: is not valid JSON (',
  },
  unreadable: {
    problems: () => [fileProblem('geodata/tours/a.json', { kind: 'unreadable', value: 'HTTP 404' }, 'cannot be read (HTTP 404)')],
    zh: 'geodata/tours/a.json：无法读取（HTTP 404）', en: 'geodata/tours/a.json: cannot be read (HTTP 404)',
  },
  missing: {
    problems: () => [fileProblem('geodata/tours/a.json', { kind: 'missing' }, 'missing (the server returned an HTML page)')],
    zh: 'geodata/tours/a.json：文件不存在（服务器返回了网页）', en: 'geodata/tours/a.json: is missing (the server returned a web page)',
  },
  'invalid-tour': { problems: () => [fileProblem('tour.json', { kind: 'invalid-tour' }, 'is not a valid tour')], zh: 'tour.json：不是有效的路线文件', en: 'tour.json: is not a valid tour' },
  'unknown-tour': { problems: () => [fileProblem('index.json', { kind: 'unknown-tour', value: 'tour-2030' }, 'no tour with id "tour-2030"')], zh: 'index.json：没有 id 为 “tour-2030” 的路线', en: 'index.json: no tour with id "tour-2030"' },
  'more-problems': {
    problems: () => problemsOf(tour((result) => { result.stops = Array.from({ length: 60 }, () => ({})) })).slice(-1),
    zh: 'tour.json：…另有 ', en: 'tour.json: … and ',
  },
  'text-missing': { problems: () => problemsOf(tour((result) => { delete result.title })), zh: 'tour.json · title：缺失（应为文本）', en: 'tour.json: title is missing (text expected)' },
  'not-text': { problems: () => problemsOf(tour((result) => { result.title = 5 })), zh: 'tour.json · title：应为文本', en: 'tour.json: title must be text' },
  'empty-text': { problems: () => problemsOf(stop(1, (s) => { s.title = '  ' })), zh: 'tour.json · stops[1].title（第 2 站）：不能为空', en: 'tour.json: stops[1].title (stop 2) must not be empty' },
  'too-long': { problems: () => problemsOf(tour((result) => { result.title = 'x'.repeat(201) })), zh: 'tour.json · title：最多 200 个字符（现有 201 个）', en: 'tour.json: title must be at most 200 characters (has 201)' },
  'bad-format': { problems: () => problemsOf(tour((result) => { result.date = '2019年' })), zh: 'tour.json · date：应为日期 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"', en: 'tour.json: date must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"' },
  'out-of-range': {
    problems: () => problemsOf(stop(1, (s) => { s.camera = { center: [121.5, 30.9], zoom: 99 } })),
    zh: 'tour.json · stops[1].camera.zoom（第 2 站）：应为 0 到 22 之间的数字', en: 'tour.json: stops[1].camera.zoom (stop 2) must be a number between 0 and 22',
  },
  'not-boolean': { problems: () => problemsOf(tour((result) => { result.sample = 'yes' })), zh: 'tour.json · sample：应为 true 或 false', en: 'tour.json: sample must be true or false' },
  'list-missing': { problems: () => problemsOf(tour((result) => { delete result.stops })), zh: 'tour.json · stops：缺失（应为列表）', en: 'tour.json: stops is missing (a list expected)' },
  'not-a-list': { problems: () => problemsOf(tour((result) => { result.stops = {} })), zh: 'tour.json · stops：应为列表', en: 'tour.json: stops must be a list' },
  'too-many': {
    problems: () => problemsOf(tour((result) => { result.groups = Array.from({ length: 101 }, (_, i) => ({ id: `g${i}`, name: '组' })) })),
    zh: 'tour.json · groups：最多 100 项（现有 101 项）', en: 'tour.json: groups must have at most 100 entries (has 101)',
  },
  'not-a-choice': {
    problems: () => problemsOf(stop(0, (s) => { s.clock = { month: '2019-12', mode: 'week' } })),
    zh: 'tour.json · stops[0].clock.mode（第 1 站）：应为以下之一："month"、"quarter"、"year"', en: 'tour.json: stops[0].clock.mode (stop 1) must be one of "month", "quarter", "year"',
  },
  'object-missing': { problems: () => problemsOf(stop(0, (s) => { delete s.camera })), zh: 'tour.json · stops[0].camera（第 1 站）：缺失（应为对象）', en: 'tour.json: stops[0].camera (stop 1) is missing (an object expected)' },
  'not-an-object': { problems: () => problemsOf(tour((result) => { result.groups = ['g1'] })), zh: 'tour.json · groups[0]（第 1 组）：应为对象', en: 'tour.json: groups[0] (group 1) must be an object' },
  'unknown-field': { problems: unknownFieldProblem, zh: 'tour.json · stops[1].colour（第 2 站）：不是路线字段，已忽略', en: 'tour.json: stops[1].colour (stop 2) is not a tour field and was ignored' },
  'duplicate-id': { problems: () => problemsOf(stop(1, (s) => { s.id = 's1' })), zh: 'tour.json · stops[1].id（第 2 站）："s1" 已被 stops[0]（第 1 站）使用', en: 'tour.json: stops[1].id (stop 2) "s1" is already used by stops[0] (stop 1)' },
  'no-groups': { problems: () => problemsOf(tour((result) => { result.groups = [] })), zh: 'tour.json · groups：至少需要一个组', en: 'tour.json: groups must have at least one group' },
  'fit-not-true': { problems: () => problemsOf(stop(1, (s) => { s.camera = { fit: 'yes' } })), zh: 'tour.json · stops[1].camera.fit（第 2 站）：应为 true（固定镜头时请省略此项）', en: 'tour.json: stops[1].camera.fit (stop 2) must be true (or left out for a fixed camera)' },
  'center-not-pair': { problems: () => problemsOf(stop(0, (s) => { s.camera = { center: 121.5, zoom: 10 } })), zh: 'tour.json · stops[0].camera.center（第 1 站）：应为 [经度, 纬度]', en: 'tour.json: stops[0].camera.center (stop 1) must be [longitude, latitude]' },
  'bad-month': { problems: () => problemsOf(stop(0, (s) => { s.clock = { month: '2019-13' } })), zh: 'tour.json · stops[0].clock.month（第 1 站）：应为月份 "YYYY-MM"（如 "2019-06"）', en: 'tour.json: stops[0].clock.month (stop 1) must be a month "YYYY-MM" (e.g. "2019-06")' },
  'unknown-group': { problems: () => problemsOf(stop(0, (s) => { s.group = 'g9' })), zh: 'tour.json · stops[0].group（第 1 站）：指向路线中不存在的组（"g9"）', en: 'tour.json: stops[0].group (stop 1) names no group of the tour ("g9")' },
  'unknown-layer': {
    problems: () => problemsOf(stop(0, (s) => { s.layers = ['sections', 'roads'] }), ['sections', 'remediation-plots']),
    zh: 'tour.json · stops[0].layers[1]（第 1 站）：指向未知图层 "roads"（已知：sections、remediation-plots）',
    en: 'tour.json: stops[0].layers[1] (stop 1) names an unknown layer "roads" (known: sections, remediation-plots)',
  },
}

describe.each(Object.entries(CASES))('a tour problem of kind %s', (kind, { problems, zh, en }) => {
  const problem = () => {
    const found = problems().find((candidate) => candidate.kind === kind)
    if (!found) throw new Error(`the tour reported no ${kind} problem`)
    return found
  }
  it('reads in Chinese by default, naming the file and the place', () => {
    expect(tourProblemText(problem(), 'zh').startsWith(zh), tourProblemText(problem(), 'zh')).toBe(true)
  })
  it('reads in English after the switch', () => {
    expect(tourProblemText(problem(), 'en').startsWith(en), tourProblemText(problem(), 'en')).toBe(true)
  })
})

describe('tour problem lines', () => {
  it('count the left-out problems in both languages', () => {
    const last = problemsOf(tour((result) => { result.stops = Array.from({ length: 60 }, () => ({})) })).at(-1)!
    expect(tourProblemText(last, 'zh')).toMatch(/^tour\.json：…另有 \d+ 个问题未列出$/)
    expect(tourProblemText(last, 'en')).toBe(last.message)
  })

  it('cut a long value from the file and keep it as text', () => {
    const group = `<img src=x onerror=alert(1)>${'组'.repeat(36)}`
    const problem = problemsOf(stop(0, (s) => { s.group = group }))[0]!
    const text = tourProblemText(problem, 'zh')
    expect(text).toContain('（"<img src=x onerror=alert(1)>组')
    expect(text).toContain('组…"）')
    expect(text).not.toContain(group)
  })

  it('show a message without structure as it is', () => {
    expect(tourProblemText('geodata/tours/index.json: no tour with id "x"', 'zh')).toBe('geodata/tours/index.json: no tour with id "x"')
  })
})
