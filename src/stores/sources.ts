/**
 * Status of the pollution-source family's tables (data/sources/source-data.ts keeps the tables outside
 * reactivity). `version` changes when they are (re)loaded, so computed views know to re-read them.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useSourcesStore = defineStore('sources', () => {
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref<string | null>(null)
  const version = ref(0)
  /** The stations' daily means, read on first need (composables/need-station-daily.ts). */
  const dailyStatus = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  /** Distance along the river (km) within which a section's card lists possible sources. */
  const searchKilometres = ref(3)
  function markLoading() {
    status.value = 'loading'
  }
  function markReady() {
    status.value = 'ready'
    error.value = null
    version.value++
  }
  function markFailed(message: string) {
    status.value = 'error'
    error.value = message
  }
  function markDailyLoading() {
    dailyStatus.value = 'loading'
  }
  function markDailyReady() {
    dailyStatus.value = 'ready'
    version.value++
  }
  function markDailyFailed(message: string) {
    dailyStatus.value = 'error'
    error.value = message
  }
  function setSearchKilometres(kilometres: number) {
    searchKilometres.value = Math.min(20, Math.max(0.5, kilometres))
  }
  return { status, dailyStatus, error, version, searchKilometres, markLoading, markReady, markFailed, markDailyLoading, markDailyReady, markDailyFailed, setSearchKilometres }
})
