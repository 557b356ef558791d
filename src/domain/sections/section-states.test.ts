import { describe, expect, it } from 'vitest'
import { sectionInfoOf, sectionStates } from './section-states.ts'

const sections = [
  sectionInfoOf({ id: 'A', name: '甲', river: '金汇港', town: '青村镇', level: 'national', targetClass: 4 }),
  sectionInfoOf({ id: 'B', name: '乙', river: '竹港', town: '南桥镇', level: 'municipal', targetClass: 3 }),
  sectionInfoOf({ id: 'C', name: '丙', river: '竹港', town: '南桥镇', level: 'town', targetClass: 5 }),
]

describe('sectionStates', () => {
  it('judges attainment against each section’s own target', () => {
    const states = sectionStates(sections, [4, 4, 0], null)
    expect(states.map((state) => state.attainment)).toEqual(['met', 'unmet', null])
  })

  it('reports better, worse and unknown changes against the reference', () => {
    const states = sectionStates(sections, [3, 5, 2], [4, 4, 0])
    expect(states.map((state) => state.change)).toEqual(['better', 'worse', 'unknown'])
  })

  it('treats 0 as no sample, never as a class', () => {
    expect(sectionStates(sections, [0, 0, 0], null).every((state) => state.waterClass === null)).toBe(true)
  })

  it('falls back to safe values for unknown levels and targets', () => {
    const info = sectionInfoOf({ id: 'X', level: 'galactic', targetClass: 'nine' })
    expect(info.level).toBe('town')
    expect(info.targetClass).toBe(5)
  })
})
