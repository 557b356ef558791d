/** `it(key, values)` for the import strings in the current locale (see i18n/use-feature-messages.ts). */
import { useFeatureMessages } from '@/i18n/use-feature-messages.ts'
import { IMPORT_MESSAGES } from '@/i18n/import-messages.ts'

export function useImportI18n() {
  const { lookup, ...i18n } = useFeatureMessages(IMPORT_MESSAGES)
  return { ...i18n, it: lookup }
}
