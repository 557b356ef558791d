import { describe, expect, it } from 'vitest'
import { MESSAGES } from './messages.ts'

describe('UI messages', () => {
  it('has every key in both Chinese and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort())
  })

  it('has no empty text', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[locale])) expect(text.trim(), `${locale}.${key}`).not.toBe('')
    }
  })
})
