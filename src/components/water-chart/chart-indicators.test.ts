import { describe, expect, it } from 'vitest'
import { classifySample } from '@/domain/water-quality/index.ts'
import { decidingIndicators, ROUTINE_INDICATORS } from './chart-indicators.ts'

const classify = classifySample

describe('deciding indicators', () => {
  it('are the main pollutants when the class is worse than Ⅲ', () => {
    const classification = classify({ pH: 7.5, DO: 6.5, NH3N: 1.4, TP: 0.25, CODMn: 5 })
    expect(classification.waterClass).toBe(4)
    expect(decidingIndicators(classification)).toEqual(classification.mainPollutants.map((pollutant) => pollutant.indicator))
    expect(decidingIndicators(classification)).toEqual(expect.arrayContaining(['NH3N', 'TP']))
  })

  it('are the items at the class otherwise, closest to the Ⅲ limit first, without pH', () => {
    const values = { pH: 7.5, DO: 5.5, NH3N: 0.9, TP: 0.15, CODMn: 3 }
    const classification = classify(values)
    expect(classification.waterClass).toBe(3)
    expect(decidingIndicators(classification, values)).toEqual(['DO', 'NH3N', 'TP'])
  })

  it('fall back to the routine items when there is no class', () => {
    expect(decidingIndicators(null)).toEqual([...ROUTINE_INDICATORS])
  })
})
