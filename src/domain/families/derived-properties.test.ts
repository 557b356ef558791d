import { describe, expect, it } from 'vitest'
import type { Feature } from 'geojson'
import { withDerivedProperties } from './registry.ts'

const PARCELS = { id: 'soil-parcels', family: 'soil' } as const
const GREENWAYS = { id: 'greenways', family: 'green' } as const

const parcel = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [121.5, 30.9] },
  properties,
})

describe('withDerivedProperties', () => {
  it.each([
    [{ measurements: { '7440-38-2': 12 }, landClass: 1 }, 'below'],
    [{ measurements: { '7440-38-2': 25 }, landClass: 1 }, 'screening'],
    [{ measurements: { '7440-38-2': 25 }, landClass: 2 }, 'below'],
    [{ measurements: { '7440-38-2': 130 }, landClass: 1 }, 'intervention'],
    [{}, 'unsampled'],
  ])('gives a soil parcel with %o the verdict %s (GB 36600-2018 arsenic 20/60, 120/140)', (properties, verdict) => {
    const [derived] = withDerivedProperties(PARCELS, [parcel(properties)])
    expect(derived!.properties!.verdict).toBe(verdict)
  })

  it('leaves other layers and the input features unchanged', () => {
    const original = Object.freeze(parcel(Object.freeze({ name: '甲' })))
    expect(withDerivedProperties(GREENWAYS, [original])[0]).toBe(original)
    withDerivedProperties(PARCELS, [original])
    expect(original.properties).toEqual({ name: '甲' })
  })
})
