import { describe, expect, it } from 'vitest'
import { parseTour, parseTourText, serializeTour } from './parse-tour.ts'

function validTour(): Record<string, unknown> {
  return {
    id: 'demo',
    title: '示例视察',
    date: '2019-06',
    sample: true,
    groups: [{ id: 'g1', name: '第一组', members: ['组长'] }],
    stops: [
      {
        id: 's1',
        title: '金汇港-钱桥',
        caption: '第一行\r\n第二行',
        group: 'g1',
        features: [{ layerId: 'sections', featureId: 'FX01' }],
        camera: { center: [121.514, 30.88], zoom: 13 },
        layers: ['sections'],
        clock: { month: '2019-12' },
      },
      {
        id: 's2',
        title: '地块',
        caption: '',
        group: 'g1',
        features: [{ layerId: 'remediation-plots', featureId: 'RP01' }],
        camera: { fit: true, padding: 80 },
        layers: ['sections', 'remediation-plots'],
        clock: { month: '2020-06', mode: 'quarter' },
        filter: { classes: [6, 'none'], levels: ['national'] },
        compare: 'lastYear',
        photos: ['tours/2019/rp01.jpg'],
        dwellSeconds: 10,
      },
    ],
  }
}

type Json = Record<string, unknown>
function withStop(index: number, change: (stop: Json) => void): Json {
  const tour = validTour()
  change((tour.stops as Json[])[index]!)
  return tour
}

describe('parseTour: a valid tour', () => {
  it('reads every field, filling defaults and normalising text', () => {
    const result = parseTour(validTour(), 'tour.json')
    if (!('tour' in result)) throw new Error(result.errors.join('\n'))
    const [first, second] = result.tour.stops
    expect(first).toMatchObject({ caption: '第一行\n第二行', camera: { center: [121.514, 30.88], zoom: 13, bearing: 0, pitch: 0 } })
    expect(first?.clock).toEqual({ month: '2019-12', mode: 'month' })
    expect(second?.filter).toEqual({ classes: [6, 'none'], levels: ['national'], rivers: [], towns: [], attainment: [], changedOnly: false })
    expect(second).toMatchObject({ camera: { fit: true, padding: 80 }, compare: 'lastYear', dwellSeconds: 10 })
    expect(result.tour.sample).toBe(true)
    expect(result.warnings).toEqual([])
  })

  it('keeps markup as plain text (never interpreted)', () => {
    const result = parseTour(withStop(0, (stop) => { stop.caption = '<b>注意</b> <img src=x onerror=alert(1)>' }), 'tour.json')
    expect('tour' in result && result.tour.stops[0]?.caption).toBe('<b>注意</b> <img src=x onerror=alert(1)>')
  })

  it('warns about unknown fields instead of failing', () => {
    const result = parseTour(withStop(1, (stop) => { stop.colour = 'red' }), 'tour.json')
    expect('tour' in result && result.warnings).toEqual(['tour.json: stops[1].colour is not a tour field and was ignored'])
  })

  it('survives export and import unchanged', () => {
    const first = parseTour(validTour(), 'tour.json')
    if (!('tour' in first)) throw new Error('invalid')
    const again = parseTourText(serializeTour(first.tour), 'export.json')
    expect('tour' in again && again.tour).toEqual(first.tour)
  })
})

describe('parseTour: malformed tours name the file, the path and the problem', () => {
  it.each<[string, Json | unknown, string]>([
    ['not an object', [1, 2], 'tour.json: must contain a JSON object (a tour with id, title, date, groups and stops)'],
    ['no title', { ...validTour(), title: undefined }, 'tour.json: title is missing (text expected)'],
    ['an id unfit for URLs', { ...validTour(), id: 'a b/c' }, 'tour.json: id must be letters, digits, "-" or "_" (at most 64)'],
    ['a bad date', { ...validTour(), date: '2019年' }, 'tour.json: date must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['no groups', { ...validTour(), groups: [] }, 'tour.json: groups must have at least one group'],
    ['stops not a list', { ...validTour(), stops: {} }, 'tour.json: stops must be a list'],
    ['a zoom out of range', withStop(0, (stop) => { stop.camera = { center: [121.5, 30.9], zoom: 30 } }),
      'tour.json: stops[0].camera.zoom must be a number between 0 and 22'],
    ['a zoom given as text', withStop(0, (stop) => { stop.camera = { center: [121.5, 30.9], zoom: '13' } }),
      'tour.json: stops[0].camera.zoom must be a number between 0 and 22'],
    ['a latitude out of range', withStop(0, (stop) => { stop.camera = { center: [121.5, 91], zoom: 10 } }),
      'tour.json: stops[0].camera.center[1] must be a number between -85.051129 and 85.051129'],
    ['a centre that is not a pair', withStop(0, (stop) => { stop.camera = { center: 121.5, zoom: 10 } }),
      'tour.json: stops[0].camera.center must be [longitude, latitude]'],
    ['an unknown group', withStop(0, (stop) => { stop.group = 'g9' }), 'tour.json: stops[0].group names no group of the tour ("g9")'],
    ['a bad month', withStop(0, (stop) => { stop.clock = { month: '2019-13' } }),
      'tour.json: stops[0].clock.month must be a month "YYYY-MM" (e.g. "2019-06")'],
    ['an unknown mode', withStop(0, (stop) => { stop.clock = { month: '2019-12', mode: 'week' } }),
      'tour.json: stops[0].clock.mode must be one of "month", "quarter", "year"'],
    ['an unknown class', withStop(1, (stop) => { stop.filter = { classes: [7] } }),
      'tour.json: stops[1].filter.classes[0] must be one of 1, 2, 3, 4, 5, 6, "none"'],
    ['a photo on the network', withStop(1, (stop) => { stop.photos = ['https://example.com/a.jpg'] }),
      'tour.json: stops[1].photos[0] must be a .jpg, .png or .webp path relative to public/ (e.g. "tours/2019/fx01.jpg")'],
    ['a photo outside public/', withStop(1, (stop) => { stop.photos = ['../secret.png'] }),
      'tour.json: stops[1].photos[0] must be a .jpg, .png or .webp path relative to public/ (e.g. "tours/2019/fx01.jpg")'],
    ['a feature without id', withStop(0, (stop) => { stop.features = [{ layerId: 'sections' }] }),
      'tour.json: stops[0].features[0].featureId is missing (text expected)'],
    ['a negative dwell time', withStop(1, (stop) => { stop.dwellSeconds = -3 }),
      'tour.json: stops[1].dwellSeconds must be a number between 1 and 600'],
    ['a duplicate stop id', withStop(1, (stop) => { stop.id = 's1' }), 'tour.json: stops[1].id "s1" is already used by stops[0]'],
  ])('%s', (_name, json, message) => {
    const result = parseTour(json, 'tour.json')
    expect('errors' in result && result.errors).toContain(message)
  })

  it('rejects layers the app does not know, when told which it knows', () => {
    const result = parseTour(withStop(0, (stop) => { stop.layers = ['sections', 'roads'] }), 'tour.json', { layerIds: ['sections', 'remediation-plots'] })
    expect('errors' in result && result.errors).toEqual([
      'tour.json: stops[0].layers[1] names an unknown layer "roads" (known: sections, remediation-plots)',
    ])
  })

  it('collects every problem, capped with a closing line', () => {
    const tour = validTour()
    tour.stops = Array.from({ length: 60 }, () => ({}))
    const result = parseTour(tour, 'big.json')
    if (!('errors' in result)) throw new Error('expected errors')
    expect(result.errors).toHaveLength(51)
    expect(result.errors.at(-1)).toMatch(/^big\.json: … and \d+ more problems$/)
  })

  it('gives each error as a structured problem too: file, path, kind and fields', () => {
    const result = parseTour(withStop(0, (stop) => { stop.camera = { center: [121.5, 30.9], zoom: 30 } }), 'tour.json')
    if (!('problems' in result)) throw new Error('expected errors')
    expect(result.problems).toEqual([
      { file: 'tour.json', path: 'stops[0].camera.zoom', kind: 'out-of-range', min: 0, max: 22, message: 'tour.json: stops[0].camera.zoom must be a number between 0 and 22' },
    ])
    expect(result.errors).toEqual(result.problems.map((problem) => problem.message))
  })

  it('reports JSON syntax errors with the file name', () => {
    const result = parseTourText('{ "id": ', 'broken.json')
    expect('errors' in result && result.errors[0]).toMatch(/^broken\.json: is not valid JSON \(/)
  })
})

describe('English text and lenient stops (issue 12)', () => {
  it('keeps English titles, captions and group names beside the Chinese ones, and round-trips them', () => {
    const json = withStop(0, (stop) => { stop.title_en = 'Overview'; stop.caption_en = 'Line one\nLine two' })
    ;(json.groups as Json[])[0]!.name_en = 'Group one'
    json.title_en = 'A tour'
    const result = parseTour(json, 'tour.json')
    if (!('tour' in result)) throw new Error(result.errors.join('\n'))
    expect(result.warnings).toEqual([])
    expect(result.tour.stops[0]).toMatchObject({ title_en: 'Overview', caption_en: 'Line one\nLine two' })
    expect(result.tour.groups[0]!.name_en).toBe('Group one')
    expect(result.tour.title_en).toBe('A tour')
    const again = parseTourText(serializeTour(result.tour), 'tour.json')
    expect('tour' in again && again.tour).toEqual(result.tour)
  })

  it('rejects English text that is not text', () => {
    const result = parseTour(withStop(0, (stop) => { stop.caption_en = 12 }), 'tour.json')
    expect('errors' in result && result.errors).toEqual(['tour.json: stops[0].caption_en must be text'])
  })

  it('accepts a fit camera without features (it frames what the stop shows)', () => {
    const result = parseTour(withStop(1, (stop) => { stop.features = [] }), 'tour.json')
    expect('tour' in result && result.tour.stops[1]!.camera).toEqual({ fit: true, padding: 80 })
  })

  it('without a list of layers, keeps a stop that names a layer the app lacks (the presenter says so)', () => {
    const result = parseTour(withStop(0, (stop) => { stop.layers = ['sections', 'roads'] }), 'tour.json')
    expect('tour' in result && result.tour.stops[0]!.layers).toEqual(['sections', 'roads'])
  })
})
