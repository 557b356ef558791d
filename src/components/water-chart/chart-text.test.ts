import { describe, expect, it } from 'vitest'
import { parseMeasurement } from '@/domain/water-quality/index.ts'
import { CHART_MESSAGES } from '@/i18n/chart-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { chartGeometry, type ChartMonth } from './chart-geometry.ts'
import { describeChart, describePoint, type ChartWords } from './chart-text.ts'

const words = (locale: 'zh' | 'en', name: string): ChartWords => ({
  ct: (key, values = {}) => fillPlaceholders(CHART_MESSAGES[locale][key], values),
  locale,
  name,
  unit: 'mg/L',
})
const months = (cells: string[]): ChartMonth[] =>
  cells.map((cell, index) => ({ month: `2019-${String(index + 1).padStart(2, '0')}`, measurement: cell === '' ? undefined : parseMeasurement(cell) }))

describe('the chart in words', () => {
  it('names the count, the highest value with its month and the target limit', () => {
    const series = months(['0.15', '0.25', '停测', '0.18'])
    const text = describeChart(chartGeometry({ indicator: 'TP', months: series, targetClass: 3 }), series, 3, words('zh', '总磷'))
    expect(text).toBe('总磷，2019年1月至2019年4月，3个月有监测值，最高0.25 mg/L（2019年2月），考核目标Ⅲ类限值0.2 mg/L。')
  })

  it('says a series measured only below detection was not detected, never "no value"', () => {
    const series = months(['<0.05', '', '', '<0.05'])
    const text = describeChart(chartGeometry({ indicator: 'Zn', months: series, targetClass: 3 }), series, 3, words('en', 'Zinc'))
    expect(text).toBe('Zinc, Jan 2019 to Apr 2019: all 2 samples below the detection limit (0.05 mg/L).')
  })

  it('explains a below-detection point: its limit, best class, half the limit in means', () => {
    const series = months(['<0.05'])
    const [point] = chartGeometry({ indicator: 'Zn', months: series, targetClass: 3 }).points
    expect(describePoint(point!, words('zh', '锌'))).toBe('2019年1月 锌 未检出（低于检出限 0.05 mg/L）：按最优类别计，时段均值按检出限一半计')
  })
})
