/** `bt(key)` for the assessment board's strings in the current locale. */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { ASSESSMENT_MESSAGES } from '@/i18n/assessment-messages.ts'

export function useAssessmentI18n() {
  const { lookup, locale } = useFeatureMessages(ASSESSMENT_MESSAGES)
  return { locale, bt: lookup }
}
