/** `ct(key, values)` for the chart's strings in the current locale (see i18n/use-feature-messages.ts). */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { CHART_MESSAGES } from '@/i18n/chart-messages.ts'

export function useChartI18n() {
  const { lookup, locale } = useFeatureMessages(CHART_MESSAGES)
  return { locale, ct: lookup }
}
