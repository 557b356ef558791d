import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { measureArea, measureDistance } from './index.ts'
import { at } from '../../../tests/support/test-fixtures.ts'

describe('measureDistance', () => {
  it.each([
    ['two legs of 3 km and 4 km', [at(0, 0), at(3000, 0), at(3000, 4000)], 7],
    ['a single click', [at(0, 0)], 0],
    ['nothing', [], 0],
    ['a path with a broken click', [at(0, 0), [Number.NaN, 30.9], at(0, 1000)], 1],
  ])('%s: %d km', (_, path, km) => {
    expect(measureDistance(deepFreeze(path))).toBeCloseTo(km, 2)
  })
})

describe('measureArea', () => {
  const square = [at(0, 0), at(100, 0), at(100, 100), at(0, 100)]
  it('measures an open ring of 100 m × 100 m as 1 ha and 15 亩', () => {
    const result = measureArea(deepFreeze(square))
    expect(result.m2).toBeCloseTo(10_000, -1)
    expect(result.ha).toBeCloseTo(1, 2)
    expect(result.mu).toBeCloseTo(15, 1)
  })

  it('gives the same for the closed ring', () => {
    expect(measureArea(deepFreeze([...square, square[0]!])).m2).toBeCloseTo(measureArea(square).m2, 6)
  })

  it('is zero for fewer than three positions', () => {
    expect(measureArea(deepFreeze([at(0, 0), at(100, 0)]))).toEqual({ m2: 0, ha: 0, mu: 0 })
  })
})
