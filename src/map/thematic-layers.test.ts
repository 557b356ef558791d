/** Class numerals on the section markers: drawn from the district view unless the layer is dense. */
import { describe, expect, it } from 'vitest'
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import { NUMERAL_DENSE_MIN_ZOOM, NUMERAL_MIN_ZOOM, thematicLayers } from './thematic-layers.ts'

const sections = LAYER_CATALOGUE.find((definition) => definition.style.kind === 'water-class')!

function numeralZooms(featureCount?: number): (number | undefined)[] {
  return thematicLayers(sections, featureCount === undefined ? {} : { featureCount })
    .filter((layer) => layer.id.includes('-numeral-'))
    .map((layer) => layer.minzoom)
}

describe('class numeral layers', () => {
  it.each([
    [undefined, NUMERAL_MIN_ZOOM],
    [45, NUMERAL_MIN_ZOOM],
    [1000, NUMERAL_MIN_ZOOM],
    [1001, NUMERAL_DENSE_MIN_ZOOM],
    [10_000, NUMERAL_DENSE_MIN_ZOOM],
  ])('a layer of %s sections gets its six numerals from zoom %s', (count, zoom) => {
    expect(numeralZooms(count)).toEqual(Array(6).fill(zoom))
  })

  it('draws the numerals from below the district view (zoom 9.6 on a tablet)', () => {
    expect(NUMERAL_MIN_ZOOM).toBeLessThan(9.6)
  })
})

/** The marker radius a layer draws for an ordinary section (not hidden, selected or hovered) at `zoom`. */
function plainRadiusAt(featureCount: number, zoom: number): number {
  const circle = thematicLayers(sections, { featureCount }).find((layer) => layer.id.endsWith('-circle'))!
  const expression = (circle.paint as Record<string, unknown>)['circle-radius'] as unknown[]
  expect(expression.slice(0, 3)).toEqual(['interpolate', ['linear'], ['zoom']])
  // Each stop's value is a case whose last entry is the ordinary marker's radius.
  const stops: [number, number][] = []
  for (let index = 3; index < expression.length; index += 2) {
    const value = expression[index + 1] as unknown[]
    stops.push([expression[index] as number, value[value.length - 1] as number])
  }
  const upper = stops.findIndex(([stopZoom]) => stopZoom >= zoom)
  if (upper <= 0) return stops[upper === 0 ? 0 : stops.length - 1]![1]
  const [z0, r0] = stops[upper - 1]!
  const [z1, r1] = stops[upper]!
  return r0 + ((zoom - z0) / (z1 - z0)) * (r1 - r0)
}

describe('section marker size', () => {
  it('draws small dots for a dense layer at the district view, and markers that hold a numeral from the numeral zoom', () => {
    // District view on a PC ≈ zoom 10.2–10.4: 45 sections get markers of about 8 px radius, 10,000 get dots.
    expect(plainRadiusAt(45, 10.4)).toBeGreaterThan(8)
    expect(plainRadiusAt(10_000, 10.4)).toBeLessThan(4)
    // Where numerals start, a dense layer's markers are as big as a sparse layer's there, give or take a pixel.
    expect(Math.abs(plainRadiusAt(10_000, NUMERAL_DENSE_MIN_ZOOM) - plainRadiusAt(45, NUMERAL_DENSE_MIN_ZOOM))).toBeLessThanOrEqual(1)
    expect(plainRadiusAt(10_000, 13)).toBe(plainRadiusAt(45, 13))
  })
})
