/**
 * Pure geometry of a station's chart: readings → an SVG path broken at gaps, point positions, the
 * value range (always including the class Ⅲ limit, so the line has a reference), and the limit's height.
 */
import type { ChartFrame } from '@/components/water-chart/chart-geometry.ts'

export const STATION_CHART_FRAME: ChartFrame = { width: 320, height: 130, left: 34, right: 8, top: 8, bottom: 18 }

export interface StationChartGeometry {
  path: string
  points: { x: number; y: number; value: number; index: number }[]
  minimum: number
  maximum: number
  limitY: number | null
  yOf(value: number): number
}

export function stationChartGeometry(values: readonly (number | null)[], limit: number | null, frame: ChartFrame = STATION_CHART_FRAME): StationChartGeometry {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value))
  const candidates = limit === null ? present : [...present, limit]
  let minimum = candidates.length > 0 ? Math.min(...candidates) : 0
  let maximum = candidates.length > 0 ? Math.max(...candidates) : 1
  if (maximum - minimum < 1e-9) [minimum, maximum] = [minimum - 1, maximum + 1]
  const pad = (maximum - minimum) * 0.08
  minimum = Math.max(0, minimum - pad)
  maximum += pad
  const plotWidth = frame.width - frame.left - frame.right
  const plotHeight = frame.height - frame.top - frame.bottom
  const xOf = (index: number) => frame.left + (values.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (values.length - 1))
  const yOf = (value: number) => frame.top + plotHeight - ((value - minimum) / (maximum - minimum)) * plotHeight
  const points: StationChartGeometry['points'] = []
  let path = ''
  let pen = false
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      pen = false
      return
    }
    const [x, y] = [xOf(index), yOf(value)]
    points.push({ x, y, value, index })
    path += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`
    pen = true
  })
  return { path, points, minimum, maximum, limitY: limit === null ? null : yOf(limit), yOf }
}
