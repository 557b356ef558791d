import { describe, expect, it } from 'vitest'
import { newLayerId } from './layer-id.ts'

describe('newLayerId (issue #14 §5: unique across tabs and visits)', () => {
  it('keeps a readable ASCII slug of the file name', () => {
    expect(newLayerId('Sample Points.csv', [])).toMatch(/^imported-sample-points-[0-9a-z]+-[0-9a-z]+$/)
  })

  it('gives two Chinese file names imported in two tabs at once different ids', () => {
    // Each tab sees only its own (empty) catalogue: the old per-tab counter gave both 'imported-layer-1'.
    const river = newLayerId('河道.geojson', [])
    const lake = newLayerId('湖泊.geojson', [])
    expect(river).toMatch(/^imported-layer-/)
    expect(lake).not.toBe(river)
  })

  it('gives 10,000 ids made in the same millisecond no duplicate', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newLayerId('a.geojson', [])))
    expect(ids.size).toBe(10_000)
  })

  it('draws again when the id is already taken', () => {
    const draws = [0.25, 0.75]
    const sameMillisecond = () => 1_800_000_000_000
    const first = newLayerId('a.geojson', [], () => 0.25, sameMillisecond)
    const second = newLayerId('a.geojson', [first], () => draws.shift() ?? 0.5, sameMillisecond)
    expect(second).toBe(newLayerId('a.geojson', [], () => 0.75, sameMillisecond))
  })
})
