import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { stageAt, stageStateAt, stageTimeline, validateStageHistory } from './index.ts'

const plot = deepFreeze([
  { stage: 'SUSPECTED', start: '2017-03' },
  { stage: 'PRELIM_INVESTIGATION', start: '2017-09' },
  { stage: 'DETAILED_INVESTIGATION', start: '2018-04' },
  { stage: 'RISK_ASSESSMENT', start: '2018-10' },
  { stage: 'LISTED', start: '2019-01' },
  { stage: 'RISK_CONTROL', start: '2019-03' },
  { stage: 'REMEDIATION', start: '2019-06' },
  { stage: 'EFFECT_EVALUATION', start: '2020-05' },
])

describe('stageAt', () => {
  it.each([
    ['2017-02', null],
    ['2017-03', 'SUSPECTED'],
    ['2017-08', 'SUSPECTED'],
    ['2017-09', 'PRELIM_INVESTIGATION'],
    ['2019-01', 'LISTED'],
    ['2019-05', 'RISK_CONTROL'],
    ['2019-06', 'REMEDIATION'],
    ['2020-04', 'REMEDIATION'],
    ['2020-05', 'EFFECT_EVALUATION'],
    ['2030-01', 'EFFECT_EVALUATION'],
  ])('at %s the plot is in %s', (month, expected) => {
    expect(stageAt(plot, month)).toBe(expected)
  })

  it('reads an unsorted history by its dates', () => {
    const shuffled = deepFreeze([plot[3]!, plot[0]!, plot[1]!, plot[2]!])
    expect(stageAt(shuffled, '2018-05')).toBe('DETAILED_INVESTIGATION')
  })

  it('skips unknown stages and bad dates instead of crashing', () => {
    const messy = deepFreeze([
      { stage: 'SUSPECTED', start: '2017-03' },
      { stage: 'CLEANED_UP', start: '2018-01' },
      { stage: 'LISTED', start: '2018-13' },
      null,
    ])
    expect(stageAt(messy, '2019-01')).toBe('SUSPECTED')
    expect(stageAt('not a list', '2019-01')).toBeNull()
    expect(stageAt(plot, 'June 2019')).toBeNull()
  })
})

describe('stageStateAt', () => {
  it.each([
    ['2019-02', 'LISTED', false, false],
    ['2019-04', 'RISK_CONTROL', true, false],
    ['2019-07', 'REMEDIATION', true, true],
    ['2020-06', 'EFFECT_EVALUATION', false, false],
  ])('at %s: %s, risk control %s, remediation %s', (month, stage, riskControl, remediation) => {
    expect(stageStateAt(plot, month)).toEqual({ stage, riskControl, remediation })
  })

  it('is null before the first entry', () => {
    expect(stageStateAt(plot, '2016-12')).toBeNull()
  })
})

describe('stageTimeline', () => {
  it('lists started stages with their end, parallel measures overlapping', () => {
    const timeline = stageTimeline(plot, '2019-08')
    expect(timeline.map((entry) => [entry.stage, entry.start, entry.end, entry.current])).toEqual([
      ['SUSPECTED', '2017-03', '2017-09', false],
      ['PRELIM_INVESTIGATION', '2017-09', '2018-04', false],
      ['DETAILED_INVESTIGATION', '2018-04', '2018-10', false],
      ['RISK_ASSESSMENT', '2018-10', '2019-01', false],
      ['LISTED', '2019-01', '2019-03', false],
      ['RISK_CONTROL', '2019-03', null, true],
      ['REMEDIATION', '2019-06', null, true],
    ])
    expect(timeline[0]!.months).toBe(6)
    expect(timeline[5]!.months).toBe(5)
    expect(timeline[5]!.definition.nameZh).toBe('风险管控')
  })

  it('closes both measures when the effect evaluation starts', () => {
    const timeline = stageTimeline(plot, '2021-01')
    expect(timeline.filter((entry) => entry.current).map((entry) => entry.stage)).toEqual(['EFFECT_EVALUATION'])
    expect(timeline.find((entry) => entry.stage === 'RISK_CONTROL')?.end).toBe('2020-05')
  })

  it('is empty before the first entry or for a bad month', () => {
    expect(stageTimeline(plot, '2016-01')).toEqual([])
    expect(stageTimeline(plot, '2019')).toEqual([])
  })
})

describe('validateStageHistory', () => {
  it('finds nothing wrong with a clean history', () => {
    expect(validateStageHistory(plot)).toEqual([])
  })

  it('reports each problem with its entry', () => {
    const problems = validateStageHistory([
      { stage: 'SUSPECTED', start: '2018-03' },
      { stage: 'Remediation', start: '2018-06' },
      { stage: 'LISTED', start: '2018-00' },
      { stage: 'RISK_ASSESSMENT', start: '2017-12' },
      'LISTED',
    ])
    expect(problems.map((problem) => [problem.kind, problem.index, problem.value])).toEqual([
      ['unknown-stage', 1, 'Remediation'],
      ['bad-date', 2, '2018-00'],
      ['not-chronological', 3, '2017-12'],
      ['bad-entry', 4, 'LISTED'],
    ])
    // The card says which earlier month an out-of-order entry comes before.
    expect(problems.find((problem) => problem.kind === 'not-chronological')?.previous).toBe('2018-06')
  })

  it('reports a history that is not a list', () => {
    expect(validateStageHistory({ stage: 'LISTED' })[0]?.kind).toBe('not-a-list')
  })
})
