/**
 * The import pipeline words every message in both languages (Chinese（English）), because its report shape
 * is plain strings; the import centre shows only the part of the planner's language. Any other text (a
 * library's message, a value from the file) is shown as it is.
 */
import { splitBilingual } from '@/data/import/errors.ts'

export function inLanguage(text: string, locale: 'zh' | 'en'): string {
  const parts = splitBilingual(text)
  return parts ? parts[locale] : text
}
