/**
 * `at(key)` for the analysis and land strings, in the current locale. Reads ANALYSIS_MESSAGES directly so
 * these components type-check whether or not the keys have been merged into MESSAGES yet.
 */
import { computed } from 'vue'
import { useI18n } from '@/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES, type AnalysisMessageKey } from '@/i18n/analysis-messages.ts'

export function useAnalysisI18n() {
  const { locale, text } = useI18n()
  const messages = computed(() => ANALYSIS_MESSAGES[locale.value])
  return { locale, text, at: (key: AnalysisMessageKey): string => messages.value[key] }
}
