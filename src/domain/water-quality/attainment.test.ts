import { describe, expect, it } from 'vitest'
import { isSteadilyMet, meetsTarget, summariseAttainment } from './attainment.ts'
import type { WaterClass } from './water-class.ts'

describe('meetsTarget', () => {
  it.each([
    [3, 4, true],
    [4, 4, true],
    [5, 4, false],
    [6, 5, false],
    [1, 3, true],
    [null, 4, null],
  ] as const)('class %s against target %s → %s', (waterClass, target, expected) => {
    expect(meetsTarget(waterClass, target)).toBe(expected)
  })
})

describe('summariseAttainment over months', () => {
  it('counts met and failed months and leaves months without a sample out', () => {
    const months: (WaterClass | null)[] = [3, 4, 5, null, 4, 6]
    const summary = summariseAttainment(months, 4)
    expect(summary).toEqual({ sampled: 5, met: 3, failed: 2, rate: 0.6, failedAt: [2, 5] })
    expect(isSteadilyMet(months, 4)).toBe(false)
  })
  it('a section that met every sampled month is steadily met; nothing sampled is unknown', () => {
    expect(isSteadilyMet([3, null, 3], 3)).toBe(true)
    expect(isSteadilyMet([null, null], 3)).toBeNull()
    expect(summariseAttainment([], 3).rate).toBeNull()
  })
})
