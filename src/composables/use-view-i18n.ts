/** `vt(key, values)` for the view-state strings (i18n/view-messages.ts) in the current locale. */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { VIEW_MESSAGES } from '@/i18n/view-messages.ts'

export function useViewI18n() {
  const { lookup, ...i18n } = useFeatureMessages(VIEW_MESSAGES)
  return { ...i18n, vt: lookup }
}
