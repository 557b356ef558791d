/** A full browser storage is recognised and explained; other failures still say what was kept. */
import { describe, expect, it } from 'vitest'
import { isQuotaError, saveFailureMessage } from '@/data/persistence/index.ts'

function named(name: string, code = 0): Error {
  return Object.assign(new Error(name), { name, code })
}

describe('storage-full errors', () => {
  it.each([
    [named('QuotaExceededError'), true],
    [named('NS_ERROR_DOM_QUOTA_REACHED'), true],
    [named('UnknownError', 22), true],
    [named('AbortError'), false],
    ['QuotaExceededError', false],
    [null, false],
  ])('isQuotaError(%s) is %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected)
  })

  it('names the layer and says earlier saves are kept', () => {
    const message = saveFailureMessage('河道调查点', named('QuotaExceededError'), 'zh')
    expect(message).toContain('存储空间已满')
    expect(message).toContain('河道调查点')
    expect(message).toContain('之前保存的内容仍然保留')
    expect(saveFailureMessage('x', named('QuotaExceededError'), 'en')).toContain('storage is full')
  })

  it('gives the cause of any other failure', () => {
    expect(saveFailureMessage('x', new Error('disk gone'), 'en')).toContain('disk gone')
  })
})
