import { describe, expect, it } from 'vitest'
import { aggregatePeriod } from './period.ts'
import { averagingTerm, meanOfTerms } from './averaging.ts'

describe('pH period mean through the hydrogen-ion concentration (reference §2.6)', () => {
  it('averages pH 5.5 and 9.5 to 5.8, not 7.5', () => {
    const sum = averagingTerm('pH', 5.5) + averagingTerm('pH', 9.5)
    expect(meanOfTerms('pH', sum, 2)).toBeCloseTo(5.80, 2)
  })

  it('classes a period whose monthly pH is 5.0 and 9.0 劣Ⅴ: mean 5.3, evaluated as 5 (the arithmetic 7.0 would read Ⅰ)', () => {
    const result = aggregatePeriod([
      { month: '2019-01', values: { pH: { kind: 'value', value: 5 } } },
      { month: '2019-02', values: { pH: { kind: 'value', value: 9 } } },
    ])
    expect(result.means.pH).toBeCloseTo(5.3, 2)
    expect(result.classification.waterClass).toBe(6)
  })

  it('keeps concentrations arithmetic', () => {
    expect(meanOfTerms('TP', averagingTerm('TP', 0.1) + averagingTerm('TP', 0.3), 2)).toBeCloseTo(0.2, 12)
  })
})
