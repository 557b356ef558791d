import { describe, expect, it } from 'vitest'
import { parseMeasurement } from '@/domain/water-quality/index.ts'
import { CHART_FRAME, chartGeometry, classBreaks, indexAtX, niceTicks, targetLimits, valueDomain, xOfIndex, type ChartMonth } from './chart-geometry.ts'

const months = (cells: string[]): ChartMonth[] =>
  cells.map((cell, index) => ({ month: `2019-${String(index + 1).padStart(2, '0')}`, measurement: cell === 'none' ? undefined : parseMeasurement(cell) }))

describe('class bands', () => {
  it('draws TP bands Ⅰ…劣Ⅴ upward, each between its GB 3838-2002 limits', () => {
    const geometry = chartGeometry({ indicator: 'TP', months: months(['0.15', '0.25']), targetClass: 3 })
    expect(geometry.bands.map((band) => [band.waterClass, band.low, band.high])).toEqual([
      [1, 0, 0.02],
      [2, 0.02, 0.1],
      [3, 0.1, 0.2],
      [4, 0.2, 0.3],
      [5, 0.3, 0.4],
      [6, 0.4, geometry.domain[1]],
    ])
    // Higher values are drawn higher: the Ⅴ band lies above the Ⅲ band.
    expect(geometry.bands[4]!.y).toBeLessThan(geometry.bands[2]!.y)
  })

  it('turns DO upside down: higher is better, Ⅰ at the top and 劣Ⅴ below 2 mg/L', () => {
    const geometry = chartGeometry({ indicator: 'DO', months: months(['6.5']), targetClass: 4 })
    const classes = geometry.bands.map((band) => band.waterClass)
    expect(classes).toEqual([6, 5, 4, 3, 2, 1])
    expect(geometry.bands[0]).toMatchObject({ low: 0, high: 2 })
    expect(geometry.targetLines.map((line) => line.value)).toEqual([3])
  })

  it('gives pH one 6–9 band that meets every class and 劣Ⅴ outside, with the range as its target', () => {
    const geometry = chartGeometry({ indicator: 'pH', months: months(['7.6', '8.1']), targetClass: 3 })
    expect(geometry.bands.map((band) => band.waterClass)).toEqual([6, 1, 6])
    expect(geometry.targetLines.map((line) => line.value)).toEqual([6, 9])
  })

  it('merges equal limits (COD Ⅰ = Ⅱ = 15) into one band', () => {
    expect(classBreaks('COD')).toEqual([15, 20, 30, 40])
  })

  it('uses the stricter lake limits of TP for a lake', () => {
    expect(targetLimits('TP', 3, 'lake')).toEqual([0.05])
    expect(targetLimits('TP', 3)).toEqual([0.2])
    expect(targetLimits('TP', 6)).toEqual([])
  })
})

describe('points and gaps', () => {
  it('marks a below-detection value at its detection limit, never as a measured value', () => {
    const geometry = chartGeometry({ indicator: 'Zn', months: months(['<0.05', '0.06']), targetClass: 3 })
    expect(geometry.points[0]).toMatchObject({ kind: 'below-detection', value: 0.05, waterClass: 1 })
    expect(geometry.points[1]).toMatchObject({ kind: 'value', value: 0.06 })
    // Only the measured value is on the line.
    expect(geometry.linePath.match(/[ML]/g)).toEqual(['M'])
  })

  it('leaves a month without a sample out and breaks the line there', () => {
    const geometry = chartGeometry({ indicator: 'NH3N', months: months(['0.8', '0.9', '停测', 'none', '1.1', '1.2']), targetClass: 4 })
    expect(geometry.points.map((point) => point.kind)).toEqual(['value', 'value', 'stopped', 'value', 'value'])
    expect(geometry.points.filter((point) => point.kind === 'value')).toHaveLength(4)
    expect(geometry.linePath.match(/[ML]/g)).toEqual(['M', 'L', 'M', 'L'])
  })

  it('classes each point by its value alone, a value on a limit meeting it', () => {
    const geometry = chartGeometry({ indicator: 'TP', months: months(['0.2', '0.213']), targetClass: 3 })
    expect(geometry.points.map((point) => point.waterClass)).toEqual([3, 4])
  })
})

describe('scales', () => {
  it('keeps every value and the Ⅴ limit inside the value axis', () => {
    const [low, high] = valueDomain('NH3N', [0.5, 3.2])
    expect(low).toBe(0)
    expect(high).toBeGreaterThan(3.2)
    expect(valueDomain('NH3N', [0.5])[1]).toBeGreaterThan(2)
  })

  it('puts round ticks on the axis', () => {
    expect(niceTicks([0, 0.46])).toEqual([0, 0.2, 0.4])
    expect(niceTicks([0, 0.46], 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4])
    expect(niceTicks([0, 46000], 5)).toEqual([0, 10000, 20000, 30000, 40000])
  })

  it('finds the month under the pointer, clamped to the series', () => {
    const count = 36
    for (const index of [0, 7, 35]) expect(indexAtX(xOfIndex(index, count, CHART_FRAME), count, CHART_FRAME)).toBe(index)
    expect(indexAtX(-50, count, CHART_FRAME)).toBe(0)
    expect(indexAtX(CHART_FRAME.width + 50, count, CHART_FRAME)).toBe(35)
  })
})
