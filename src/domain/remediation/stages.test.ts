import { describe, expect, it } from 'vitest'
import { REMEDIATION_STAGES, STAGE_CODES, areParallel, isStageCode, stageDefinition, stageLegendEntries } from './index.ts'

/** WCAG 2.1 relative luminance of a '#rrggbb' colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

describe('remediation stages', () => {
  it.each([
    ['SUSPECTED', 0, '疑似污染地块'],
    ['PRELIM_INVESTIGATION', 1, '初步调查'],
    ['DETAILED_INVESTIGATION', 2, '详细调查'],
    ['RISK_ASSESSMENT', 3, '风险评估'],
    ['LISTED', 4, '列入名录'],
    ['RISK_CONTROL', 5, '风险管控'],
    ['REMEDIATION', 5, '修复'],
    ['EFFECT_EVALUATION', 6, '效果评估'],
    ['POST_MANAGEMENT', 7, '后期管理'],
    ['DELISTED', 8, '移出名录'],
  ])('%s has order %i and the official term %s', (code, order, nameZh) => {
    const stage = stageDefinition(code)
    expect(stage?.order).toBe(order)
    expect(stage?.nameZh).toBe(nameZh)
    expect(stage?.source).toMatch(/第.+条/)
  })

  it('lists every code once, in life-cycle order', () => {
    expect(REMEDIATION_STAGES.map((stage) => stage.code)).toEqual([...STAGE_CODES])
    const orders = REMEDIATION_STAGES.map((stage) => stage.order)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
  })

  it('treats risk control and remediation as parallel, nothing else', () => {
    expect(areParallel('RISK_CONTROL', 'REMEDIATION')).toBe(true)
    expect(areParallel('REMEDIATION', 'RISK_CONTROL')).toBe(true)
    expect(areParallel('REMEDIATION', 'REMEDIATION')).toBe(false)
    expect(areParallel('LISTED', 'REMEDIATION')).toBe(false)
  })

  it('rejects unknown and differently-cased names', () => {
    expect(isStageCode('LISTED')).toBe(true)
    expect(isStageCode('listed')).toBe(false)
    expect(isStageCode('修复')).toBe(false)
    expect(isStageCode(5)).toBe(false)
    expect(stageDefinition('CLEANED')).toBeUndefined()
  })

  it('colours form a sequential ramp, distinct and readable on a white basemap', () => {
    const colours = REMEDIATION_STAGES.map((stage) => stage.colour)
    expect(new Set(colours).size).toBe(colours.length)
    const luminances = colours.map(luminance)
    luminances.slice(1).forEach((value, index) => expect(value).toBeGreaterThan(luminances[index]!))
    // WCAG 2.1 SC 1.4.11: at least 3:1 contrast with white for graphical objects.
    for (const value of luminances) expect(1.05 / (value + 0.05)).toBeGreaterThanOrEqual(3)
  })
})

describe('stageLegendEntries', () => {
  it('gives one legend entry per stage code, with its colour and both names', () => {
    const entries = stageLegendEntries()
    expect(entries.map((entry) => entry.value)).toEqual([...STAGE_CODES])
    expect(entries[4]).toEqual({ value: 'LISTED', colour: stageDefinition('LISTED')?.colour, label: { zh: '列入名录', en: 'Listed for risk control and remediation' } })
  })
})
