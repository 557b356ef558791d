/**
 * Which basemap is shown: the offline district map (always there) or one of the online basemaps this
 * build offers, with the user's 天地图 key. The user's choice and key survive a reload (this device only).
 * A basemap that cannot be reached sends the map back to the offline one for this visit only (`failed`,
 * `shown`): the choice is kept, so a tablet that once opened without network tries again next time.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { OnlineBasemapId } from '@/domain/basemap/online-basemaps.ts'
import { CONFIGURED_TIANDITU_TOKEN, OFFERED_BASEMAP_IDS, offeredBasemap } from '@/config/online-basemaps.ts'
import { readLocal, writeLocal } from '@/data/persistence/local-storage.ts'

export type BasemapChoice = 'offline' | OnlineBasemapId
/** offline: the district map alone; loading: online tiles asked for; shown: at least one tile arrived. */
export type BasemapStatus = 'offline' | 'loading' | 'shown'

function readStored(): { choice: BasemapChoice; token: string } {
  const stored = (readLocal('basemap') ?? {}) as { choice?: unknown; token?: unknown }
  // A choice this build no longer offers (or a hand-edited value) falls back to the offline map.
  const offered = OFFERED_BASEMAP_IDS.find((id) => id === stored.choice)
  const choice = offered ?? 'offline'
  return { choice, token: typeof stored.token === 'string' ? stored.token : '' }
}

export const useBasemapStore = defineStore('basemap', () => {
  const stored = readStored()
  const available = OFFERED_BASEMAP_IDS
  const choice = ref<BasemapChoice>(stored.choice)
  /** The key the user typed; the build's key is used when there is none. */
  const token = ref(stored.token)
  const status = ref<BasemapStatus>('offline')
  /** The online basemap that could not be reached in this visit, for the message (cleared by the next choice). */
  const failed = ref<OnlineBasemapId | null>(null)
  /** What the map shows: the choice, or the offline map when the choice failed in this visit. */
  const shown = computed<BasemapChoice>(() => (failed.value !== null && failed.value === choice.value ? 'offline' : choice.value))

  const effectiveToken = computed(() => token.value.trim() || CONFIGURED_TIANDITU_TOKEN)
  /** True when the shown basemap needs a 天地图 key and there is none yet. */
  const missingToken = computed(() => shown.value !== 'offline' && Boolean(offeredBasemap(shown.value)?.needsToken) && !effectiveToken.value)

  watch([choice, token], () => {
    // Storage full or disabled: the choice lasts for this visit only.
    writeLocal('basemap', { choice: choice.value, token: token.value })
  })

  function choose(next: BasemapChoice) {
    if (next !== 'offline' && !available.includes(next)) return
    failed.value = null
    choice.value = next
  }
  function setToken(next: string) {
    failed.value = null
    token.value = next.trim()
  }
  function markStatus(next: BasemapStatus) {
    status.value = next
  }
  /** The chosen basemap could not be reached: the offline map for this visit, and say which one failed. */
  function fallBackToOffline() {
    if (choice.value === 'offline') return
    failed.value = choice.value
  }
  return { available, choice, shown, token, status, failed, effectiveToken, missingToken, choose, setToken, markStatus, fallBackToOffline }
})
