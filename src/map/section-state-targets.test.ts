import { describe, expect, it } from 'vitest'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { sectionStateTargets, targetsKey } from './section-state-targets.ts'

const tileLayer = (id: string, style: LayerDefinition['style']): LayerDefinition => ({
  id,
  family: 'imported',
  name: { zh: id, en: id },
  geometry: 'point',
  source: `tiles/${id}.pmtiles`,
  tiles: { kind: 'pmtiles', url: `tiles/${id}.pmtiles`, sourceLayer: 'sections' },
  style,
  cardFields: [],
  visibleByDefault: true,
  sample: true,
})

const city = tileLayer('city-sections', { kind: 'water-class' })
const sites = tileLayer('city-sites', { kind: 'single', colour: '#6a1b9a' })
const everywhere = () => true

describe('where the clock writes section states', () => {
  it('writes to the GeoJSON sections and to tile layers that follow the series, with their inner layer', () => {
    expect(sectionStateTargets([city, sites], everywhere, everywhere)).toEqual([{ source: 'sections' }, { source: 'city-sections', sourceLayer: 'sections' }])
  })

  it('skips a hidden layer and a layer not on the map, so a step does not write 20,000 states twice', () => {
    expect(sectionStateTargets([city], everywhere, (layerId) => layerId !== 'sections')).toEqual([{ source: 'city-sections', sourceLayer: 'sections' }])
    expect(sectionStateTargets([city], (source) => source === 'sections', everywhere)).toEqual([{ source: 'sections' }])
  })

  it('gives a different key when a layer is shown again, so that every state is written anew', () => {
    const hidden = targetsKey(sectionStateTargets([city], everywhere, (layerId) => layerId !== 'sections'))
    const shown = targetsKey(sectionStateTargets([city], everywhere, everywhere))
    expect(hidden).not.toBe(shown)
  })
})
