/**
 * Status of the monitoring series (the series itself lives in data/water-series.ts, outside reactivity).
 * `version` changes whenever the series is replaced, so computed views know to re-read it.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface MonitoringSource {
  /** 'table': the shipped table, named here only when it has problems to show. */
  kind: 'service' | 'fallback' | 'table'
  url: string
  /** Why the service was not used ('unreachable', 'http', 'invalid-body', 'repeated-page', 'no-rows', 'bad-entry'). */
  failure?: { kind: string; detail: string }
  read?: number
  pages?: number
  /** More rows than the catalogue's maxFeatures: only the first were read. */
  truncated?: boolean
  /** Rows skipped and values ignored, as the table reader words them (row 1 = the header). */
  problems?: { row: number; reason: string; reasonEn: string }[]
  /** All problems, when more than those listed in `problems`. */
  problemCount?: number
}

export const useWaterStore = defineStore('water', () => {
  const status = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref<string | null>(null)
  const version = ref(0)
  const problems = ref<string[]>([])
  /**
   * Where the series came from when the catalogue names a monitoring service (issue #17 §3), or the
   * shipped table when it has problems to show; null: the shipped table, read without a problem.
   * `fallback`: the service failed and the shipped table is shown; `failure` says why.
   */
  const source = ref<MonitoringSource | null>(null)
  /** Rows read from the service so far, while it is being read (null otherwise). */
  const progress = ref<{ pages: number; read: number; total: number | null } | null>(null)
  function markReady(problemList: string[]) {
    status.value = 'ready'
    error.value = null
    problems.value = problemList
    version.value++
  }
  function markFailed(message: string) {
    status.value = 'error'
    error.value = message
  }
  function setSource(next: typeof source.value) {
    source.value = next
  }
  function setProgress(next: typeof progress.value) {
    progress.value = next
  }
  return { status, error, version, problems, source, progress, markReady, markFailed, setSource, setProgress }
})
