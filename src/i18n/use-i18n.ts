/** `t(key)` in the current locale, plus `text({zh, en})` for localized data such as catalogue names. */
import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useSettingsStore } from '@/stores/settings.ts'
import type { LocalizedText } from '@/domain/layers/types.ts'
import { MESSAGES, type MessageKey } from './messages.ts'

export function useI18n() {
  const settings = useSettingsStore()
  const { locale } = storeToRefs(settings)
  const messages = computed(() => MESSAGES[locale.value])
  return {
    locale,
    toggleLocale: settings.toggleLocale,
    t: (key: MessageKey) => messages.value[key],
    text: (value: LocalizedText) => value[locale.value],
  }
}
