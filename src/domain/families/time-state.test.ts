import { describe, expect, it } from 'vitest'
import type { Feature } from 'geojson'
import { momentOfMonth, timedStateOf } from './registry.ts'

const PLOTS = { id: 'remediation-plots', family: 'land' } as const
const GREENWAYS = { id: 'greenways', family: 'green' } as const
const PARCELS = { id: 'soil-parcels', family: 'soil' } as const
const IMPORTED = { id: 'imported-1', family: 'imported' } as const

const feature = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [121.5, 30.9] },
  properties,
})

describe('timedStateOf', () => {
  const plot = feature({
    stageHistory: [
      { stage: 'PRELIM_INVESTIGATION', start: '2018-03' },
      { stage: 'RISK_ASSESSMENT', start: '2019-05' },
    ],
  })

  it.each([
    ['2018-02', { hidden: true, emphasis: 0 }],
    ['2018-03', { hidden: false, emphasis: 1, stage: 'PRELIM_INVESTIGATION' }],
    ['2019-04', { hidden: false, emphasis: 1, stage: 'PRELIM_INVESTIGATION' }],
    ['2019-05', { hidden: false, emphasis: 1, stage: 'RISK_ASSESSMENT' }],
  ])('shows a remediation plot at %s in the stage it was in', (month, expected) => {
    expect(timedStateOf(PLOTS, plot, momentOfMonth(month))).toEqual(expected)
  })

  it('fades a greenway in from planned to built', () => {
    const greenway = feature({ status: 'built', start: '2019-01', end: '2019-09' })
    expect(timedStateOf(GREENWAYS, greenway, momentOfMonth('2018-12'))?.emphasis).toBe(0.3)
    expect(timedStateOf(GREENWAYS, greenway, momentOfMonth('2019-05'))?.emphasis).toBe(0.6)
    expect(timedStateOf(GREENWAYS, greenway, momentOfMonth('2019-09'))?.emphasis).toBe(1)
  })

  it('hides a soil parcel before its survey year and draws it solid once surveyed', () => {
    const parcel = feature({ year: 2019, surveyed: '2019-08' })
    expect(timedStateOf(PARCELS, parcel, momentOfMonth('2018-12'))).toEqual({ hidden: true, emphasis: 0 })
    expect(timedStateOf(PARCELS, parcel, momentOfMonth('2019-03'))).toEqual({ hidden: false, emphasis: 0.4 })
    expect(timedStateOf(PARCELS, parcel, momentOfMonth('2019-08'))).toEqual({ hidden: false, emphasis: 1 })
  })

  it('has nothing to say about layers without time', () => {
    expect(timedStateOf(IMPORTED, feature({}), momentOfMonth('2019-01'))).toBeNull()
  })
})
