/** Checks for a stop's assessment-board blocks (issue 13): block, period and group, nothing else. */
import { isMonth } from '@/domain/time/month.ts'
import { BOARD_BLOCKS, type StopAssessment } from '@/domain/tour/types.ts'
import { pathOf, readArray, readChoice, readObject, readText, type JsonProblems } from './json-checks.ts'

const PERIOD_KINDS = ['month', 'quarter', 'year', 'ytd', 'range'] as const
const GROUP_KINDS = ['assessed', 'all', 'river', 'town', 'ids'] as const

function readMonth(value: unknown, path: string, problems: JsonProblems): string | undefined {
  const text = readText(value, path, problems, { maxLength: 7 })
  if (text !== undefined && !isMonth(text)) {
    problems.add(path, { kind: 'not-a-choice', choices: ['"YYYY-MM"'] }, 'must be a month "YYYY-MM"')
    return undefined
  }
  return text
}

export function readStopAssessment(value: unknown, path: string, problems: JsonProblems, warnings: JsonProblems): StopAssessment | undefined {
  const entry = readObject(value, path, problems, ['block', 'period', 'group'], warnings)
  if (!entry) return undefined
  const block = readChoice(entry.block, pathOf(path, 'block'), problems, BOARD_BLOCKS)
  const periodPath = pathOf(path, 'period')
  const period = readObject(entry.period, periodPath, problems, ['kind', 'first', 'last'], warnings)
  const kind = period && readChoice(period.kind, pathOf(periodPath, 'kind'), problems, PERIOD_KINDS)
  const first = period && readMonth(period.first, pathOf(periodPath, 'first'), problems)
  const last = period && readMonth(period.last, pathOf(periodPath, 'last'), problems)
  const groupPath = pathOf(path, 'group')
  const group = readObject(entry.group, groupPath, problems, ['kind', 'name', 'ids'], warnings)
  const groupKind = group && readChoice(group.kind, pathOf(groupPath, 'kind'), problems, GROUP_KINDS)
  if (!block || !kind || !first || !last || !group || !groupKind) return undefined
  const result = (assessmentGroup: StopAssessment['group']): StopAssessment => ({ block, period: { kind, first, last }, group: assessmentGroup })
  if (groupKind === 'assessed' || groupKind === 'all') return result({ kind: groupKind })
  if (groupKind === 'ids') {
    const ids = readArray(group.ids, pathOf(groupPath, 'ids'), problems, 10_000, (item, itemPath) => readText(item, itemPath, problems, { maxLength: 120 }))
    return ids ? result({ kind: 'ids', ids }) : undefined
  }
  const name = readText(group.name, pathOf(groupPath, 'name'), problems, { maxLength: 120 })
  return name === undefined ? undefined : result({ kind: groupKind, name })
}
