/** Recognises "the browser's storage is full" among IndexedDB errors, and says it plainly. */

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, code } = error as { name?: unknown; code?: unknown }
  // DOMException 22 is the legacy code of QuotaExceededError; Firefox once used NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22
}

/** A message naming what could not be saved, and saying that what was saved before is kept. */
export function saveFailureMessage(what: string, error: unknown, locale: 'zh' | 'en'): string {
  if (isQuotaError(error)) {
    return locale === 'zh'
      ? `本机浏览器存储空间已满，「${what}」未能保存；之前保存的内容仍然保留。可删除不用的导入图层后重试。`
      : `The browser's storage is full: "${what}" was not saved; what was saved before is kept. Remove unused imported layers and try again.`
  }
  const detail = error instanceof Error ? error.message : String(error)
  return locale === 'zh'
    ? `「${what}」未能保存到本机（${detail}）；之前保存的内容仍然保留。`
    : `"${what}" could not be saved in this browser (${detail}); what was saved before is kept.`
}
