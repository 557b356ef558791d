/**
 * `tt(key)` for the tour strings, in the app's current locale. Works on its own (TOUR_MESSAGES is
 * typed here), so the tour UI does not depend on the tour keys being merged into MESSAGES yet.
 */
import { useI18n } from '@/i18n/use-i18n.ts'
import { TOUR_MESSAGES, type TourMessageKey } from '@/i18n/tour-messages.ts'

export function useTourI18n() {
  const i18n = useI18n()
  /** The string of `key`; `{name}` placeholders are filled from `values`. */
  function tt(key: TourMessageKey, values: Record<string, string | number> = {}): string {
    const template: string = TOUR_MESSAGES[i18n.locale.value][key]
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
  }
  return { ...i18n, tt }
}
