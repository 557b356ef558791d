/**
 * `it(key, values)` for the import strings in the app's current locale. Works on its own (IMPORT_MESSAGES
 * is typed here), so the import UI does not depend on the keys being merged into MESSAGES yet.
 */
import { useI18n } from '@/i18n/use-i18n.ts'
import { IMPORT_MESSAGES, type ImportMessageKey } from '@/i18n/import-messages.ts'

export function useImportI18n() {
  const i18n = useI18n()
  /** The string of `key`; `{name}` placeholders are filled from `values`. */
  function it(key: ImportMessageKey, values: Record<string, string | number> = {}): string {
    const template: string = IMPORT_MESSAGES[i18n.locale.value][key]
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
  }
  return { ...i18n, it }
}
