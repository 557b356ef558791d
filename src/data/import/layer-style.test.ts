/** Styles of imported layers: categories by frequency, five quantile classes, safe palette. */
import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { categoricalStyle, FALLBACK_COLOUR, graduatedStyle, nextImportColour, numericProperties, SAFE_PALETTE } from './layer-style.ts'

function collection(values: Record<string, unknown>[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: values.map((properties, index) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [121.5, 30.9 + index / 100] } })),
  }
}

describe('imported layer styles', () => {
  it('gives the most frequent category the first colour and leaves out empty values', () => {
    const style = categoricalStyle(collection([{ kind: '湖泊' }, { kind: '河道' }, { kind: '河道' }, { kind: '' }, {}]), 'kind')
    expect(style).toEqual({
      kind: 'categorical',
      property: 'kind',
      entries: [
        { value: '河道', colour: SAFE_PALETTE[0], label: { zh: '河道', en: '河道' } },
        { value: '湖泊', colour: SAFE_PALETTE[1], label: { zh: '湖泊', en: '湖泊' } },
      ],
      fallbackColour: FALLBACK_COLOUR,
    })
  })

  it('puts categories beyond the palette in the fallback colour', () => {
    const many = Array.from({ length: SAFE_PALETTE.length + 3 }, (_, index) => ({ code: `c${index}` }))
    const style = categoricalStyle(collection(many), 'code')
    expect(style.kind === 'categorical' && style.entries.length).toBe(SAFE_PALETTE.length)
  })

  it.each([
    ['ten values', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 3, 5, 7, 9]],
    ['numbers written as text', ['10', '20', '30', '40', '50'], [10, 20, 30, 40, 50]],
    ['repeated values collapse', [5, 5, 5, 5, 9], [5, 9]],
    ['no numbers', ['a', null], []],
  ])('graduated breaks for %s', (_label, values, breaks) => {
    const style = graduatedStyle(collection(values.map((value) => ({ value }))), 'value')
    expect(style.kind === 'graduated' && style.stops.map((stop) => stop.value)).toEqual(breaks)
  })

  it('offers only all-numeric properties for graduated colours', () => {
    const data = collection([{ depth: 1.5, name: '甲', mixed: 3 }, { depth: '2', name: '乙', mixed: 'x' }, { depth: null, name: '丙' }])
    expect(numericProperties(data, ['depth', 'name', 'mixed'])).toEqual(['depth'])
  })
})

describe('nextImportColour (issue 12 item 6)', () => {
  it('gives each new import the first Okabe–Ito colour no other import uses', () => {
    expect(nextImportColour([])).toBe(SAFE_PALETTE[0])
    expect(nextImportColour([SAFE_PALETTE[0]])).toBe(SAFE_PALETTE[1])
    expect(nextImportColour([SAFE_PALETTE[1]])).toBe(SAFE_PALETTE[0])
    expect(nextImportColour([...SAFE_PALETTE])).toBe(SAFE_PALETTE[0])
  })
})
