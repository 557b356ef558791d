import { describe, expect, it } from 'vitest'
import { emptyFilter } from '../filters/section-filter.ts'
import { decodeViewState } from '../view-state/decode.ts'
import type { ViewState } from '../view-state/types.ts'
import { addStop, moveStop, newStopId, removeStop, updateStop } from './authoring.ts'
import { goTo, hasNext, hasPrev, indexOfStopNumber, last, next, prev, progress, stopsOfGroup, tourNavigation } from './navigation.ts'
import type { Tour, TourStop } from './types.ts'
import { readTourLocation, stopFromViewState, stopPermalink, stopToViewState } from './view-link.ts'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

function stop(id: string, group = 'g1'): TourStop {
  return {
    id,
    title: `站点 ${id}`,
    caption: '',
    group,
    features: [{ layerId: 'sections', featureId: 'FX01' }],
    camera: { fit: true },
    layers: ['sections'],
    clock: { month: '2019-06', mode: 'month' },
  }
}

const tour: Tour = deepFreeze({
  id: 'test-tour',
  title: '测试视察',
  date: '2019',
  groups: [{ id: 'g1', name: '第一组' }, { id: 'g2', name: '第二组' }],
  stops: [stop('a'), stop('b'), stop('c', 'g2'), stop('d', 'g2')],
})

const base: ViewState = deepFreeze({
  camera: { center: [121.5, 30.9], zoom: 10, bearing: 0, pitch: 0 },
  layers: [
    { id: 'sections', visible: true, opacity: 1 },
    { id: 'remediation-plots', visible: true, opacity: 0.5 },
    { id: 'greenways', visible: false, opacity: 1 },
  ],
  clock: { month: '2020-12', mode: 'month' },
  compare: 'none',
  filter: emptyFilter(),
  selected: null,
  locale: 'zh',
}) as ViewState

const ids = (changed: Tour) => changed.stops.map((item) => item.id)

describe('navigation', () => {
  it.each([
    [0, 1, 0, true, false, 0.25],
    [1, 2, 0, true, true, 0.5],
    [3, 3, 2, false, true, 1],
  ])('at stop %i: next %i, prev %i, hasNext %s, hasPrev %s, progress %s', (index, nextIndex, prevIndex, canNext, canPrev, shown) => {
    expect(next(tour, index)).toBe(nextIndex)
    expect(prev(tour, index)).toBe(prevIndex)
    expect(hasNext(tour, index)).toBe(canNext)
    expect(hasPrev(tour, index)).toBe(canPrev)
    expect(progress(tour, index)).toBe(shown)
  })

  it('clamps goTo and jumps to the last stop', () => {
    expect(goTo(tour, 99)).toBe(3)
    expect(goTo(tour, -5)).toBe(0)
    expect(goTo(tour, Number.NaN)).toBe(0)
    expect(last(tour)).toBe(3)
  })

  it('reads typed stop numbers (1-based) and rejects missing ones', () => {
    expect(indexOfStopNumber(tour, '3')).toBe(2)
    expect(indexOfStopNumber(tour, 5)).toBeNull()
    expect(indexOfStopNumber(tour, '0')).toBeNull()
    expect(indexOfStopNumber(tour, 'x')).toBeNull()
  })

  it('summarises a position for the controls', () => {
    expect(tourNavigation(tour, 2)).toMatchObject({ index: 2, total: 4, label: '3 / 4', hasNext: true, hasPrev: true })
    expect(tourNavigation({ ...tour, stops: [] }, 0)).toMatchObject({ total: 0, label: '0 / 0', hasNext: false, hasPrev: false, progress: 0 })
    expect(stopsOfGroup(tour, 'g2').map((item) => item.index)).toEqual([2, 3])
  })
})

describe('authoring', () => {
  it.each<[string, (input: Tour) => Tour, string[]]>([
    ['adds at the end', (input) => addStop(input, stop('e')), ['a', 'b', 'c', 'd', 'e']],
    ['adds at an index', (input) => addStop(input, stop('e'), 1), ['a', 'e', 'b', 'c', 'd']],
    ['renames a duplicate id', (input) => addStop(input, stop('a'), 0), ['stop-5', 'a', 'b', 'c', 'd']],
    ['moves forward', (input) => moveStop(input, 0, 2), ['b', 'c', 'a', 'd']],
    ['moves back', (input) => moveStop(input, 3, 0), ['d', 'a', 'b', 'c']],
    ['moves past the end to the end', (input) => moveStop(input, 1, 10), ['a', 'c', 'd', 'b']],
    ['ignores a move from a missing index', (input) => moveStop(input, 9, 0), ['a', 'b', 'c', 'd']],
    ['removes', (input) => removeStop(input, 1), ['a', 'c', 'd']],
    ['ignores removing a missing index', (input) => removeStop(input, 7), ['a', 'b', 'c', 'd']],
  ])('%s without touching the input', (_name, change, expected) => {
    expect(ids(change(tour))).toEqual(expected)
    expect(ids(tour)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('updates a stop but keeps its id', () => {
    const changed = updateStop(tour, 2, { title: '新标题', dwellSeconds: 12 })
    expect(changed.stops[2]).toMatchObject({ id: 'c', title: '新标题', dwellSeconds: 12 })
    expect(tour.stops[2]?.title).toBe('站点 c')
    expect(newStopId(changed)).toBe('stop-5')
  })
})

describe('stops as views and links', () => {
  it('turns a stop into a view on top of the base', () => {
    const view = stopToViewState({
      ...stop('a'),
      camera: { center: [121.514, 30.88], zoom: 14, bearing: 10, pitch: 30 },
      layers: ['sections', 'greenways', 'extra-layer'],
      clock: { month: '2019-04', mode: 'quarter' },
      filter: { ...emptyFilter(), classes: [6] },
      compare: 'previous',
    }, base)
    expect(view.camera).toEqual({ center: [121.514, 30.88], zoom: 14, bearing: 10, pitch: 30 })
    expect(view.layers).toEqual([
      { id: 'sections', visible: true, opacity: 1 },
      { id: 'remediation-plots', visible: false, opacity: 0.5 },
      { id: 'greenways', visible: true, opacity: 1 },
      { id: 'extra-layer', visible: true, opacity: 1 },
    ])
    expect(view).toMatchObject({ clock: { month: '2019-04', mode: 'quarter' }, compare: 'previous', locale: 'zh' })
    expect(view.filter.classes).toEqual([6])
    expect(view.selected).toEqual({ layerId: 'sections', featureId: 'FX01' })
  })

  it('a stop without a filter shows everything; a fit camera keeps the base camera', () => {
    const view = stopToViewState(stop('a'), { ...base, filter: { ...emptyFilter(), levels: ['town'] } })
    expect(view.filter).toEqual(emptyFilter())
    expect(view.camera).toEqual(base.camera)
  })

  it('captures the current view as a stop', () => {
    const view = { ...base, selected: { layerId: 'sections', featureId: 'FX07' }, compare: 'lastYear' as const }
    const captured = stopFromViewState(view, { title: '南沙港', group: 'g1', dwellSeconds: 5 })
    expect(captured).toMatchObject({
      title: '南沙港',
      features: [{ layerId: 'sections', featureId: 'FX07' }],
      camera: base.camera,
      layers: ['sections', 'remediation-plots'],
      clock: base.clock,
      compare: 'lastYear',
      dwellSeconds: 5,
    })
    expect(stopToViewState(captured, base)).toMatchObject({ camera: base.camera, clock: base.clock, selected: view.selected })
  })

  it('gives each stop a URL that restores its view and position', () => {
    const link = stopPermalink(tour, 2, base)
    expect(link).toMatch(/&tour=test-tour&stop=3$/)
    const decoded = decodeViewState(link, base)
    expect(decoded.problems).toEqual([])
    expect(decoded.state).toEqual(stopToViewState(tour.stops[2]!, base))
    expect(readTourLocation(decoded.extras, tour)).toEqual({ tourId: 'test-tour', index: 2 })
    expect(readTourLocation(link)).toEqual({ tourId: 'test-tour', index: 2 })
  })

  it('reads a missing or impossible stop number as the first stop, and no tour as null', () => {
    expect(readTourLocation('?tour=test-tour&stop=99', tour)).toEqual({ tourId: 'test-tour', index: 0 })
    expect(readTourLocation('?tour=test-tour')).toEqual({ tourId: 'test-tour', index: 0 })
    expect(readTourLocation('?m=2019-06')).toBeNull()
  })
})
