/** User settings that survive a reload: the UI language. */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { Locale } from '@/domain/layers/types.ts'
import { readLocal, writeLocal } from '@/data/persistence/local-storage.ts'

function readStoredLocale(): Locale {
  const stored = readLocal('settings') as { locale?: unknown } | null
  return stored?.locale === 'en' ? 'en' : 'zh'
}

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(readStoredLocale())
  watch(locale, (value) => {
    // Storage can be full or disabled (private mode); the choice then lasts for this visit only.
    writeLocal('settings', { locale: value })
    document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en'
  }, { immediate: true })
  function toggleLocale() {
    locale.value = locale.value === 'zh' ? 'en' : 'zh'
  }
  return { locale, toggleLocale }
})
