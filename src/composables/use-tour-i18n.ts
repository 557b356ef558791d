/** `tt(key, values)` for the tour strings in the current locale (see i18n/use-feature-messages.ts). */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { TOUR_MESSAGES } from '@/i18n/tour-messages.ts'

export function useTourI18n() {
  const { lookup, ...i18n } = useFeatureMessages(TOUR_MESSAGES)
  return { ...i18n, tt: lookup }
}
