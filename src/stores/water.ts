/**
 * Status of the monitoring series (the series itself lives in data/water-series.ts, outside reactivity).
 * `version` changes whenever the series is replaced, so computed views know to re-read it.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useWaterStore = defineStore('water', () => {
  const status = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref<string | null>(null)
  const version = ref(0)
  const problems = ref<string[]>([])
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
  return { status, error, version, problems, markReady, markFailed }
})
