/**
 * A plot's stage history ({ stage, start: 'YYYY-MM' }[]) read at a month: what the clock shows, what
 * the card's timeline lists, and what is wrong with the data. Bad entries (unknown stage names, bad
 * dates) are reported by `validateStageHistory` and skipped by the readers, never thrown.
 */
import { isMonth, monthsBetween, type Month } from '../time/month.ts'
import { areParallel, stageDefinition, type StageCode, type StageDefinition } from './stages.ts'

/** One entry as stored in the data: the stage entered and the month it started. */
export interface StageHistoryEntry {
  stage: string
  start: string
}

export type StageProblemKind = 'not-a-list' | 'bad-entry' | 'unknown-stage' | 'bad-date' | 'not-chronological'

export interface StageProblem {
  kind: StageProblemKind
  /** Position of the entry in the history (-1 for the history itself). */
  index: number
  /** The offending value, as found. */
  value: unknown
  message: string
  /** not-chronological: the latest start month seen before this entry. */
  previous?: string
}

interface ValidEntry {
  stage: StageCode
  start: Month
}

/** Every problem of a history, in entry order; an empty list means the history is clean. */
export function validateStageHistory(history: unknown): StageProblem[] {
  if (!Array.isArray(history)) {
    return [{ kind: 'not-a-list', index: -1, value: history, message: 'Stage history is not a list' }]
  }
  const problems: StageProblem[] = []
  let latestStart: Month | null = null
  history.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      problems.push({ kind: 'bad-entry', index, value: entry, message: `Entry ${index} is not a { stage, start } object` })
      return
    }
    const { stage, start } = entry as Record<string, unknown>
    if (!stageDefinition(stage)) {
      problems.push({ kind: 'unknown-stage', index, value: stage, message: `Entry ${index}: unknown stage ${JSON.stringify(stage)}` })
    }
    if (!isMonth(start)) {
      problems.push({ kind: 'bad-date', index, value: start, message: `Entry ${index}: start ${JSON.stringify(start)} is not a YYYY-MM month` })
      return
    }
    if (latestStart !== null && start < latestStart) {
      problems.push({ kind: 'not-chronological', index, value: start, message: `Entry ${index}: ${start} comes before the earlier entry's ${latestStart}`, previous: latestStart })
    }
    if (latestStart === null || start > latestStart) latestStart = start
  })
  return problems
}

/** The usable entries in chronological order ('YYYY-MM' sorts as text); ties keep their list order. */
function usableEntries(history: readonly unknown[] | unknown): ValidEntry[] {
  if (!Array.isArray(history)) return []
  const entries: ValidEntry[] = []
  for (const entry of history as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue
    const { stage, start } = entry as Record<string, unknown>
    const definition = stageDefinition(stage)
    if (definition && isMonth(start)) entries.push({ stage: definition.code, start })
  }
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => (a.entry.start === b.entry.start ? a.position - b.position : a.entry.start < b.entry.start ? -1 : 1))
    .map(({ entry }) => entry)
}

function startedBy(history: readonly StageHistoryEntry[] | unknown, month: string): ValidEntry[] {
  if (!isMonth(month)) return []
  return usableEntries(history).filter((entry) => entry.start <= month)
}

/** The stage in force at `month`: the latest entry started on or before it; null before the first. */
export function stageAt(history: readonly StageHistoryEntry[] | unknown, month: string): StageCode | null {
  return startedBy(history, month).at(-1)?.stage ?? null
}

export interface StageState {
  stage: StageCode
  /** 风险管控 in force (alone or beside 修复). */
  riskControl: boolean
  /** 修复 in force (alone or beside 风险管控). */
  remediation: boolean
}

/**
 * The stage at `month` plus the two parallel flags: while a plot is in the measures band, both risk
 * control and remediation count as in force once started (土壤污染防治法 Art. 35 lists them side by side);
 * a later stage (效果评估 …) ends both.
 */
export function stageStateAt(history: readonly StageHistoryEntry[] | unknown, month: string): StageState | null {
  const entries = startedBy(history, month)
  const current = entries.at(-1)
  if (!current) return null
  const measures = new Set<StageCode>()
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]!
    if (!stageDefinition(entry.stage)?.parallel) break
    measures.add(entry.stage)
  }
  return { stage: current.stage, riskControl: measures.has('RISK_CONTROL'), remediation: measures.has('REMEDIATION') }
}

export interface StageTimelineEntry {
  stage: StageCode
  definition: StageDefinition
  start: Month
  /** The month the next stage took over (exclusive), or null while still in force at `untilMonth`. */
  end: Month | null
  /** Whole months from start to end (or to `untilMonth` while in force). */
  months: number
  current: boolean
}

/**
 * The card's timeline up to `untilMonth`: entries started by then, each ended by the next entry that is
 * not its parallel partner (so 风险管控 and 修复 overlap instead of cutting each other off).
 */
export function stageTimeline(history: readonly StageHistoryEntry[] | unknown, untilMonth: string): StageTimelineEntry[] {
  const entries = startedBy(history, untilMonth)
  return entries.map((entry, index) => {
    const successor = entries.slice(index + 1).find((later) => !areParallel(entry.stage, later.stage))
    const end = successor?.start ?? null
    return {
      stage: entry.stage,
      definition: stageDefinition(entry.stage)!,
      start: entry.start,
      end,
      months: monthsBetween(entry.start, end ?? untilMonth),
      current: end === null,
    }
  })
}
