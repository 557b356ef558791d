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
