import { describe, expect, it } from 'vitest'
import { STATION_CHART_FRAME, stationChartGeometry } from './station-chart-geometry.ts'

describe('stationChartGeometry', () => {
  it('breaks the line at a day without a value and keeps the class Ⅲ limit inside the range', () => {
    const geometry = stationChartGeometry([0.4, 0.6, null, 0.5], 1)
    expect(geometry.path.match(/M/g)).toHaveLength(2)
    expect(geometry.points.map((point) => point.index)).toEqual([0, 1, 3])
    expect(geometry.maximum).toBeGreaterThan(1)
    expect(geometry.limitY).not.toBeNull()
    expect(geometry.limitY!).toBeGreaterThanOrEqual(STATION_CHART_FRAME.top)
  })

  it('draws higher values higher up', () => {
    const geometry = stationChartGeometry([1, 2], null)
    expect(geometry.points[1]!.y).toBeLessThan(geometry.points[0]!.y)
  })

  it('copes with no values at all', () => {
    expect(stationChartGeometry([null, null], null).path).toBe('')
  })
})
