/** The pollution-source family's strings (i18n/source-messages.ts) in the app's current locale. */
import { SOURCE_MESSAGES } from '@/i18n/source-messages.ts'
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'

export function useSourceI18n() {
  const { lookup, ...i18n } = useFeatureMessages(SOURCE_MESSAGES)
  return { ...i18n, st: lookup }
}
