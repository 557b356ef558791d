/** `at(key)` for the analysis and land strings in the current locale (see i18n/use-feature-messages.ts). */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { ANALYSIS_MESSAGES } from '@/i18n/analysis-messages.ts'

export function useAnalysisI18n() {
  const { lookup, locale, text } = useFeatureMessages(ANALYSIS_MESSAGES)
  return { locale, text, at: lookup }
}
