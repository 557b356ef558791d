import { describe, expect, it } from 'vitest'
import { emptyFilter } from '../filters/section-filter.ts'
import { decodeViewState } from './decode.ts'
import { encodeViewState } from './encode.ts'
import type { ViewState } from './types.ts'

const defaults: ViewState = Object.freeze({
  camera: { center: [121.52, 30.9], zoom: 10.2, bearing: 0, pitch: 0 },
  layers: [
    { id: 'sections', visible: true, opacity: 1 },
    { id: 'remediation-plots', visible: true, opacity: 1 },
    { id: 'soil-parcels', visible: false, opacity: 1 },
    { id: 'greenways', visible: false, opacity: 1 },
  ],
  clock: { month: '2020-12', mode: 'month' },
  compare: 'none',
  filter: emptyFilter(),
  selected: null,
}) as ViewState

function view(changes: Partial<ViewState>): ViewState {
  return { ...structuredClone(defaults), ...changes }
}

const limits = { months: { first: '2018-01', last: '2020-12' }, rivers: ['金汇港', '竹港', '南沙港'], towns: ['奉城镇', '青村镇'] }

describe('encodeViewState', () => {
  it('writes short readable keys', () => {
    const query = encodeViewState(view({
      clock: { month: '2019-06', mode: 'month' },
      filter: { ...emptyFilter(), classes: [5, 6], levels: ['national'] },
    }))
    expect(query).toBe('?m=2019-06&mode=month&c=121.52,30.9,10.2,0,0&l=sections,remediation-plots&cls=5,6&lvl=national')
  })

  it('keeps commas inside names from splitting lists', () => {
    const query = encodeViewState(view({ filter: { ...emptyFilter(), rivers: ['A,B', '竹港'] } }))
    expect(query).toContain('riv=A%2CB,%E7%AB%B9%E6%B8%AF')
  })
})

describe('round trips', () => {
  it.each<[string, Partial<ViewState>]>([
    ['the defaults', {}],
    ['a month, quarter mode and 同比', { clock: { month: '2019-04', mode: 'quarter' }, compare: 'lastYear' }],
    ['a full filter', {
      filter: { classes: [6, 'none'], levels: ['national', 'municipal'], rivers: ['金汇港', '竹港'], towns: ['奉城镇'], attainment: ['unmet'], changedOnly: true },
    }],
    ['a rotated, tilted camera', { camera: { center: [121.487654, 30.912345], zoom: 13.75, bearing: -35.5, pitch: 45 } }],
    ['layers with opacity, none of them visible', {
      layers: defaults.layers.map((layer, index) => ({ ...layer, visible: false, opacity: index === 1 ? 0.4 : 1 })),
    }],
    ['a selected feature with a ":" in its id', { selected: { layerId: 'sections', featureId: 'FX:01' } }],
    ['an English locale', { locale: 'en' }],
  ])('%s', (_name, changes) => {
    const state = view(changes)
    const decoded = decodeViewState(encodeViewState(state), defaults, limits)
    expect(decoded.problems).toEqual([])
    expect(decoded.state).toEqual(state)
  })

  it('rounds the camera to a stable precision (re-encoding is idempotent)', () => {
    const state = view({ camera: { center: [121.1234567891, 30.98765432], zoom: 10.123456, bearing: 370, pitch: 12.345 } })
    const once = encodeViewState(state)
    expect(once).toContain('c=121.123457,30.987654,10.12,10,12.3')
    expect(encodeViewState(decodeViewState(once, defaults).state)).toBe(once)
  })
})

describe('decodeViewState validation', () => {
  it('gives the defaults, without problems, for an empty query', () => {
    expect(decodeViewState('', defaults)).toEqual({ state: defaults, problems: [], extras: {} })
    expect(decodeViewState('?tour=x', defaults).state).toEqual(defaults)
  })

  it.each<[string, string, Partial<ViewState>, RegExp]>([
    ['a bad month', 'm=2019-13', { clock: { month: '2020-12', mode: 'month' } }, /^m: "2019-13" is not a month/],
    ['a month before the data', 'm=2015-01', { clock: { month: '2018-01', mode: 'month' } }, /before the first month with data/],
    ['an unknown mode', 'mode=week', {}, /^mode: "week" is not one of month, quarter, year/],
    ['a zoom beyond 22', 'c=121.5,30.9,40,0,0', { camera: { center: [121.5, 30.9], zoom: 22, bearing: 0, pitch: 0 } }, /^c: zoom 40 is outside 0–22/],
    ['a pitch beyond 85', 'c=121.5,30.9,10,0,99', { camera: { center: [121.5, 30.9], zoom: 10, bearing: 0, pitch: 85 } }, /^c: pitch 99/],
    ['a non-numeric latitude', 'c=121.5,north,10', { camera: { center: [121.5, 30.9], zoom: 10, bearing: 0, pitch: 0 } }, /^c: latitude "north" is not a number/],
    ['an unknown class', 'cls=6,7,III', { filter: { ...emptyFilter(), classes: [6] } }, /^cls: unknown value "7" ignored/],
    ['an unknown level', 'lvl=national,province', { filter: { ...emptyFilter(), levels: ['national'] } }, /^lvl: unknown value "province"/],
    ['an unknown river', 'riv=金汇港,黄河', { filter: { ...emptyFilter(), rivers: ['金汇港'] } }, /^riv: unknown value "黄河"/],
    ['an unknown layer', 'l=sections,roads', { layers: defaults.layers.map((layer) => ({ ...layer, visible: layer.id === 'sections' })) }, /^l: unknown value "roads"/],
    ['an opacity above 1', 'op=sections:3', { layers: defaults.layers.map((layer) => ({ ...layer, opacity: 1 })) }, /^op: opacity of sections 3 is outside 0–1/],
    ['a selection in an unknown layer', 'sel=roads:R1', { selected: null }, /^sel: unknown layer "roads"/],
    ['a selection without a layer', 'sel=FX01', { selected: null }, /^sel: "FX01" is not layerId:featureId/],
    ['an unknown comparison', 'cmp=weekly', { compare: 'none' }, /^cmp: "weekly" is not one of/],
    ['a bad changed-only flag', 'chg=yes', { filter: emptyFilter() }, /^chg: "yes" is not 1 or 0/],
  ])('%s falls back with a problem', (_name, query, expected, problem) => {
    const decoded = decodeViewState(query, defaults, limits)
    expect(decoded.problems[0]).toMatch(problem)
    expect(decoded.state).toMatchObject(expected)
  })

  it('clamps an opacity above 1 to 1 and keeps one below', () => {
    const decoded = decodeViewState('op=sections:3,greenways:0.25', defaults)
    expect(decoded.state.layers.find((layer) => layer.id === 'sections')?.opacity).toBe(1)
    expect(decoded.state.layers.find((layer) => layer.id === 'greenways')?.opacity).toBe(0.25)
  })

  it('never throws on hostile input', () => {
    for (const query of ['%', '?m=%E0%A4%A', '&&&=', '?c=,,,,,,,', `?riv=${'x,'.repeat(5000)}`, '?sel=:', '?l=%00', '?m=<script>']) {
      expect(() => decodeViewState(query, defaults, limits)).not.toThrow()
    }
  })

  it('caps very long lists', () => {
    const many = Array.from({ length: 150 }, (_, index) => encodeURIComponent(`河${index}`)).join(',')
    const decoded = decodeViewState(`riv=${many}`, defaults)
    expect(decoded.state.filter.rivers).toHaveLength(100)
    expect(decoded.problems[0]).toMatch(/only the first 100 of 150/)
  })

  it('hands back the other keys (tour, stop) as extras', () => {
    const decoded = decodeViewState('?m=2019-06&tour=2019-inspection&stop=3', defaults)
    expect(decoded.extras).toEqual({ tour: '2019-inspection', stop: '3' })
    expect(decoded.state.clock.month).toBe('2019-06')
  })

  it('accepts "+" as a space and a leading "#"', () => {
    const decoded = decodeViewState('#riv=Huangpu+River', defaults)
    expect(decoded.state.filter.rivers).toEqual(['Huangpu River'])
  })
})

describe('layer order in the link (issue 12 item 5)', () => {
  it('writes the planner order top first and reads it back', () => {
    const query = encodeViewState(view({ order: ['greenways', 'remediation-plots'] }))
    expect(query).toContain('&ord=greenways,remediation-plots')
    expect(decodeViewState(query, defaults).state.order).toEqual(['greenways', 'remediation-plots'])
  })

  it('omits the key without an order, and a link without it keeps the order the app has', () => {
    expect(encodeViewState(view({ order: [] }))).not.toContain('ord=')
    const withOrder = view({ order: ['soil-parcels'] })
    const decoded = decodeViewState('?m=2019-06&mode=month&c=121.52,30.9,10.2,0,0&l=sections', withOrder)
    expect(decoded.problems).toEqual([])
    expect(decoded.state.order).toEqual(['soil-parcels'])
  })

  it('keeps ids of layers not loaded yet (an import restored later) without a problem', () => {
    const decoded = decodeViewState('?ord=imported-towns-1,sections', defaults)
    expect(decoded.state.order).toEqual(['imported-towns-1', 'sections'])
  })
})
