import { describe, expect, it } from 'vitest'
import { blobUrlOf, importSourceUrl, isImportSourceUrl } from './source-url.ts'

describe('import source URLs', () => {
  it('carry the blob URL there and back, and survive the page resolving them', () => {
    const blob = 'blob:http://127.0.0.1:4173/3f2a9c1e-0b7d-4c56-9e3a-1d2b3c4d5e6f'
    const url = importSourceUrl(blob)
    expect(url.startsWith('shuitian-import://')).toBe(true)
    expect(isImportSourceUrl(url)).toBe(true)
    expect(blobUrlOf(url)).toBe(blob)
    // MapLibre resolves a source URL against the page (an anchor's href): a custom scheme stays as it is.
    expect(new URL(url, 'http://127.0.0.1:4173/app/').href).toBe(url)
  })

  it('refuse anything else', () => {
    expect(isImportSourceUrl('blob:http://127.0.0.1/x')).toBe(false)
    expect(isImportSourceUrl(undefined)).toBe(false)
  })
})
