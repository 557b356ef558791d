import { describe, expect, it } from 'vitest'
import { forgetTileExtent, isUsableExtent, rememberTileExtent, tileExtent } from './tile-extents.ts'

describe('tile layer extents', () => {
  it('keeps a usable extent per layer until it is forgotten', () => {
    rememberTileExtent('tiles-a', [121.3, 30.7, 121.9, 31.1])
    expect(tileExtent('tiles-a')).toEqual([121.3, 30.7, 121.9, 31.1])
    forgetTileExtent('tiles-a')
    expect(tileExtent('tiles-a')).toBeUndefined()
  })
  it.each([
    ['an empty header', [0, 0, 0, 0]],
    ['west east of east', [122, 30, 121, 31]],
    ['a latitude off the globe', [121, -95, 122, 31]],
    ['a NaN', [Number.NaN, 30, 122, 31]],
  ] as const)('refuses %s, and drops what was kept for the layer', (_what, extent) => {
    rememberTileExtent('tiles-b', [121.3, 30.7, 121.9, 31.1])
    expect(isUsableExtent([...extent])).toBe(false)
    rememberTileExtent('tiles-b', [...extent])
    expect(tileExtent('tiles-b')).toBeUndefined()
  })
})
