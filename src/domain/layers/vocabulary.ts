/**
 * Reading a coded value through a vocabulary. The vocabularies themselves belong to their families
 * (domain/families/<family>/module.ts: section levels, soil and green kinds and statuses, stage names),
 * and `familyVocabulary` merges them by card-field format.
 */
import type { LocalizedText } from './types.ts'

/** The display text of a coded value, or the code itself when the vocabulary does not know it. */
export function vocabularyText(vocabulary: Readonly<Record<string, LocalizedText>>, code: unknown, locale: 'zh' | 'en'): string {
  const text = typeof code === 'string' ? vocabulary[code] : undefined
  return text ? text[locale] : String(code ?? '')
}
