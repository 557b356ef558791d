/**
 * Feature message tables (import, tours, analysis) live beside the main one in src/i18n, each typed by
 * its own keys. This turns a table into a lookup in the app's current locale, with `{name}` placeholders
 * filled from `values` — one mechanism for every table.
 */
import { useI18n } from './use-i18n.ts'

type MessageTable<Key extends string> = { readonly zh: Readonly<Record<Key, string>>; readonly en: Readonly<Record<Key, string>> }

export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}

export function useFeatureMessages<Key extends string>(table: MessageTable<Key>) {
  const i18n = useI18n()
  const lookup = (key: Key, values: Record<string, string | number> = {}): string => fillPlaceholders(table[i18n.locale.value][key], values)
  return { ...i18n, lookup }
}
