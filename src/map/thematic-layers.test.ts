/** Class numerals on the section markers: drawn from the district view unless the layer is dense. */
import { describe, expect, it } from 'vitest'
import type { LayerSpecification } from 'maplibre-gl'
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

type Paint = Record<string, unknown>
const paintOf = (layer: LayerSpecification): Paint => (layer as { paint: Paint }).paint
const inZoomRange = (layer: LayerSpecification, zoom: number) => zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 25)

/** The radius of the marker drawn on top for an ordinary section (not hidden, selected or hovered) at `zoom`. */
function plainRadiusAt(featureCount: number, zoom: number): number {
  const layers = thematicLayers(sections, { featureCount })
  const near = layers.find((layer) => layer.id.endsWith('-circle-near'))!
  const drawn = inZoomRange(near, zoom) ? near : layers.find((layer) => layer.id.endsWith('-circle'))!
  const expression = paintOf(drawn)['circle-radius'] as unknown[]
  // A marker of one size: a case whose last entry is the ordinary marker's radius.
  if (expression[0] === 'case') return expression[expression.length - 1] as number
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

describe('what a clock step costs the section markers', () => {
  const readsState = (value: unknown) => JSON.stringify(value).includes('"feature-state"')
  const readsZoom = (value: unknown) => JSON.stringify(value).includes('["zoom"]')

  it('draws a dense layer at the district view with dots whose paint reads feature-state without the zoom, and a ring of one width', () => {
    const layers = thematicLayers(sections, { featureCount: 10_000 })
    const drawnAtDistrictView = layers.filter((layer) => inZoomRange(layer, 10.2))
    expect(drawnAtDistrictView.map((layer) => layer.id)).toEqual([`${sections.id}-circle`])
    const paint = paintOf(drawnAtDistrictView[0]!)
    // MapLibre evaluates a property that reads both twice per changed feature, at every step.
    for (const [property, value] of Object.entries(paint)) expect(readsState(value) && readsZoom(value), property).toBe(false)
    expect(Object.values(paint).filter(readsState)).toHaveLength(3)
    expect(paint['circle-stroke-width']).toBeTypeOf('number')
  })

  it('gives every sections layer the same map ids, whatever its size, and never draws a sparse layer twice', () => {
    const ids = (featureCount?: number) => thematicLayers(sections, featureCount === undefined ? {} : { featureCount }).map((layer) => layer.id)
    expect(ids(45)).toEqual(ids(10_000))
    expect(ids()).toEqual(ids(10_000))
    const sparse = thematicLayers(sections, { featureCount: 45 })
    for (const zoom of [8, 9.6, 10.2, 11, 12.5, 16]) expect(sparse.filter((layer) => layer.type === 'circle' && inZoomRange(layer, zoom)).map((layer) => layer.id)).toEqual([`${sections.id}-circle`])
  })

  it('hides a dense dot entirely: no radius and a transparent ring', () => {
    const paint = paintOf(thematicLayers(sections, { featureCount: 10_000 }).find((layer) => layer.id.endsWith('-circle'))!)
    const hidden = ['boolean', ['feature-state', 'hidden'], false]
    expect((paint['circle-radius'] as unknown[]).slice(0, 3)).toEqual(['case', hidden, 0])
    expect((paint['circle-stroke-color'] as unknown[]).slice(0, 3)).toEqual(['case', hidden, 'rgba(0, 0, 0, 0)'])
  })
})
