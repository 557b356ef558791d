/**
 * What the assessment board (考核, issue 13) is showing: the period and the group, and which change
 * words it uses. Plain serialisable data; the board itself is computed (and memoised) from these and the
 * monitoring series in src/components/assessment/use-assessment-board.ts — not from the clock's month.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { periodAround, periodBetween, type AssessmentGroup, type AssessmentPeriod, type PeriodKind } from '@/domain/assessment/index.ts'
import type { ChangeLevels } from '@/domain/water-quality/index.ts'

export const useAssessmentStore = defineStore('assessment', () => {
  /** The report's window by default: assessed sections, 2019-01…2019-11. */
  const period = ref<AssessmentPeriod>({ kind: 'range', first: '2019-01', last: '2019-11' })
  const group = ref<AssessmentGroup>({ kind: 'assessed' })
  /** Single-section change words: class steps (as the map) or 水质状况 levels (环办〔2011〕22号 §5.1). */
  const changeLevels = ref<ChangeLevels>('status')
  /** The section whose history the board's chart place shows. */
  const chartSection = ref<string | null>(null)

  function setPeriodKind(kind: PeriodKind, month: string) {
    period.value = kind === 'range' ? periodBetween(period.value.first, period.value.last) : periodAround(kind, month)
  }
  function setRange(first: string, last: string) {
    period.value = periodBetween(first, last)
  }
  function setGroup(next: AssessmentGroup) {
    group.value = next
  }
  function setChangeLevels(next: ChangeLevels) {
    changeLevels.value = next
  }
  function showChart(sectionId: string | null) {
    chartSection.value = sectionId
  }
  return { period, group, changeLevels, chartSection, setPeriodKind, setRange, setGroup, setChangeLevels, showChart }
})
