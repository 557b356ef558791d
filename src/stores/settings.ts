/** User settings that survive a reload: the UI language. */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { Locale } from '@/domain/layers/types.ts'

const STORAGE_KEY = 'shuitian.settings.v1'

function readStoredLocale(): Locale {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { locale?: unknown }
    return stored.locale === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(readStoredLocale())
  watch(locale, (value) => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ locale: value }))
    } catch {
      // Storage can be full or disabled (private mode); the choice then lasts for this visit only.
    }
    document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en'
  }, { immediate: true })
  function toggleLocale() {
    locale.value = locale.value === 'zh' ? 'en' : 'zh'
  }
  return { locale, toggleLocale }
})
