import { describe, expect, it } from 'vitest'
import { recogniseHeader } from './headers.ts'

describe('recogniseHeader', () => {
  it.each([
    ['断面名称', { kind: 'section-name' }],
    ['断面编码', { kind: 'section-id' }],
    ['section_id', { kind: 'section-id' }],
    ['监测时间', { kind: 'date' }],
    ['采样日期', { kind: 'date' }],
    ['年月', { kind: 'date' }],
    ['pH值', { kind: 'indicator', indicator: 'pH' }],
    ['溶解氧（mg/L）', { kind: 'indicator', indicator: 'DO' }],
    ['高锰酸盐指数', { kind: 'indicator', indicator: 'CODMn' }],
    ['化学需氧量', { kind: 'indicator', indicator: 'COD' }],
    ['五日生化需氧量', { kind: 'indicator', indicator: 'BOD5' }],
    ['氨氮（NH3-N）', { kind: 'indicator', indicator: 'NH3N' }],
    ['总磷(以P计)', { kind: 'indicator', indicator: 'TP' }],
    ['总氮', { kind: 'indicator', indicator: 'TN' }],
    ['铬(六价)', { kind: 'indicator', indicator: 'Cr6' }],
    ['六价铬', { kind: 'indicator', indicator: 'Cr6' }],
    ['粪大肠菌群(个/L)', { kind: 'indicator', indicator: 'FC' }],
    ['VPhenol', { kind: 'indicator', indicator: 'VPhenol' }],
    ['阴离子表面活性剂', { kind: 'indicator', indicator: 'LAS' }],
    ['水温(℃)', { kind: 'ignored' }],
    ['铬', { kind: 'unknown' }],
    ['采样人', { kind: 'unknown' }],
  ])('%s → %o', (header, expected) => {
    expect(recogniseHeader(header)).toEqual(expected)
  })
})
