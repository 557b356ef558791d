import { describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { dataUrlBytes, zipFiles } from './png-zip.ts'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('zipFiles', () => {
  it('puts every image in one ZIP, byte for byte, under its own name', () => {
    const images = Array.from({ length: 14 }, (_, index) => ({ name: `tour-${String(index + 1).padStart(2, '0')}.png`, bytes: new Uint8Array([...PNG_SIGNATURE, index]) }))
    const unzipped = unzipSync(zipFiles(images))
    expect(Object.keys(unzipped)).toEqual(images.map((image) => image.name))
    expect([...unzipped['tour-14.png']!]).toEqual([...PNG_SIGNATURE, 13])
  })

  it('refuses two files of the same name instead of dropping one', () => {
    expect(() => zipFiles([{ name: 'a.png', bytes: new Uint8Array([1]) }, { name: 'a.png', bytes: new Uint8Array([2]) }])).toThrow(/a\.png/)
  })
})

describe('dataUrlBytes', () => {
  it('decodes a base64 data URL', () => {
    expect([...dataUrlBytes(`data:image/png;base64,${btoa(String.fromCharCode(...PNG_SIGNATURE))}`)]).toEqual(PNG_SIGNATURE)
    expect(() => dataUrlBytes('data:text/plain,hello')).toThrow()
  })
})
