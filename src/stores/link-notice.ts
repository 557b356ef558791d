/**
 * What the opened link named that does not exist (issue #14 §6), for the notice over the map. Plain data:
 * kinds and values; the notice words them in the planner's language.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { UnknownLinkTarget } from '@/domain/view-state/link-targets.ts'

export const useLinkNoticeStore = defineStore('link-notice', () => {
  const ignored = ref<UnknownLinkTarget[]>([])
  function show(targets: UnknownLinkTarget[]) {
    ignored.value = targets
  }
  function dismiss() {
    ignored.value = []
  }
  return { ignored, show, dismiss }
})
