import { describe, expect, it } from 'vitest'
import { MESSAGES } from './messages.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { IMPORT_MESSAGES } from './import-messages.ts'
import { TOUR_MESSAGES } from './tour-messages.ts'
import { LINK_MESSAGES } from './link-messages.ts'
import { CHART_MESSAGES } from './chart-messages.ts'
import { VIEW_MESSAGES } from './view-messages.ts'
import { ASSESSMENT_MESSAGES } from './assessment-messages.ts'
import { MONITORING_SOURCE_MESSAGES } from './monitoring-source-messages.ts'
import { SOURCE_MESSAGES } from './source-messages.ts'
import { fillPlaceholders } from './use-feature-messages.ts'
import { MAP_CONTROL_MESSAGES, MAP_CREDIT_MESSAGES } from './map-control-messages.ts'

const TABLES = {
  MESSAGES,
  ANALYSIS_MESSAGES,
  IMPORT_MESSAGES,
  TOUR_MESSAGES,
  LINK_MESSAGES,
  CHART_MESSAGES,
  MAP_CONTROL_MESSAGES,
  MAP_CREDIT_MESSAGES,
  VIEW_MESSAGES,
  ASSESSMENT_MESSAGES,
  MONITORING_SOURCE_MESSAGES,
  SOURCE_MESSAGES,
} as const

describe.each(Object.entries(TABLES))('UI messages %s', (_name, table) => {
  it('has every key in both Chinese and English', () => {
    expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.zh).sort())
  })

  it('has no empty text', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(table[locale] as Record<string, string>)) expect(text.trim(), `${locale}.${key}`).not.toBe('')
    }
  })
})

describe('fillPlaceholders', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{count} 个要素，{missing}', { count: 3 })).toBe('3 个要素，{missing}')
  })
})
