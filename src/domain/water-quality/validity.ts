/**
 * Invalid data in monitoring records: a negative concentration (or DO/pH below 0) is not a measurement
 * (reference §2.6). It is refused — never classed, never averaged — and named so that the planner can
 * correct it at the source: section, month and item.
 */
import type { MonitoringRecord } from './class-matrix.ts'
import type { Indicator } from './indicators.ts'
import { isNegativeValue, type Measurement } from './measurement.ts'

export interface InvalidValue {
  sectionId: string
  month: string
  indicator: Indicator
  value: number
}

export function findInvalidValues(records: readonly MonitoringRecord[]): InvalidValue[] {
  const found: InvalidValue[] = []
  for (const record of records) {
    for (const [code, measurement] of Object.entries(record.values) as [Indicator, Measurement | undefined][]) {
      if (measurement?.kind === 'value' && isNegativeValue(measurement)) {
        found.push({ sectionId: record.sectionId, month: record.month, indicator: code, value: measurement.value })
      }
    }
  }
  return found
}

/** "FX07 2019-03 氨氮：负值 −0.12 无效，未参与评价" */
export function describeInvalidValue(invalid: InvalidValue, nameOf: (indicator: Indicator) => string, language: 'zh' | 'en'): string {
  const value = String(invalid.value).replace('-', '−')
  return language === 'zh'
    ? `${invalid.sectionId} ${invalid.month} ${nameOf(invalid.indicator)}：负值 ${value} 无效，未参与评价`
    : `${invalid.sectionId} ${invalid.month} ${nameOf(invalid.indicator)}: negative value ${value} is invalid and was not evaluated`
}
