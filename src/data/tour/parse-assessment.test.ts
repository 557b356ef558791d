// A stop's assessment-board blocks (issue 13) survive export and import; malformed ones are named.
import { describe, expect, it } from 'vitest'
import { parseTour, parseTourText, serializeTour } from './parse-tour.ts'

const stop = (assessment: unknown) => ({
  id: 's1',
  title: '考核断面',
  caption: '',
  group: 'g1',
  features: [],
  camera: { center: [121.5, 30.9], zoom: 11 },
  layers: ['sections'],
  clock: { month: '2019-11' },
  assessment,
})
const tour = (assessment: unknown) => ({ id: 'demo', title: '示例', date: '2019', groups: [{ id: 'g1', name: '第一组' }], stops: [stop(assessment)] })

describe('stop.assessment', () => {
  it('reads blocks with their period and group and survives a round trip', () => {
    const blocks = [
      { block: 'means', period: { kind: 'range', first: '2019-01', last: '2019-11' }, group: { kind: 'assessed' } },
      { block: 'attainment', period: { kind: 'year', first: '2019-01', last: '2019-12' }, group: { kind: 'town', name: '青村镇' } },
    ]
    const result = parseTour(tour(blocks), 'tour.json')
    if (!('tour' in result)) throw new Error(result.errors.join('\n'))
    expect(result.tour.stops[0]?.assessment).toEqual(blocks)
    const again = parseTourText(serializeTour(result.tour), 'export.json')
    expect('tour' in again && again.tour).toEqual(result.tour)
  })
  it('rejects an unknown block and a month that is not YYYY-MM, naming the path', () => {
    const result = parseTour(tour([{ block: 'pie', period: { kind: 'range', first: '2019-1', last: '2019-11' }, group: { kind: 'all' } }]), 'tour.json')
    expect('errors' in result).toBe(true)
    const errors = 'errors' in result ? result.errors.join('\n') : ''
    expect(errors).toContain('stops[0].assessment[0].block')
    expect(errors).toContain('stops[0].assessment[0].period.first')
  })
})
