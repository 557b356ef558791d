import { describe, expect, it } from 'vitest'
import type { Feature } from 'geojson'
import { FEATURE_STYLE } from '@/data/import/feature-style.ts'
import { MAX_FILE_COLOURS, fileStyleColours } from './file-style-legend.ts'

const feature = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [121.5, 30.9] } })

describe('fileStyleColours', () => {
  it('lists the colour the map shows: the fill, else (no fill) the outline, else the marker, each once', () => {
    const colours = fileStyleColours({
      type: 'FeatureCollection',
      features: [
        feature({ [FEATURE_STYLE.fill]: '#6a3d9a', [FEATURE_STYLE.stroke]: '#000000' }),
        feature({ [FEATURE_STYLE.fill]: '#00ff00', [FEATURE_STYLE.fillOpacity]: 0, [FEATURE_STYLE.stroke]: '#ff0000' }),
        feature({ [FEATURE_STYLE.marker]: '#0000ff' }),
        feature({ [FEATURE_STYLE.fill]: '#6a3d9a' }),
        feature({ 名称: 'no style' }),
      ],
    })
    expect(colours).toEqual(['#6a3d9a', '#ff0000', '#0000ff'])
  })

  it(`stops at ${MAX_FILE_COLOURS} colours`, () => {
    const features = Array.from({ length: 10 }, (_, index) => feature({ [FEATURE_STYLE.marker]: `#00000${index}` }))
    expect(fileStyleColours({ type: 'FeatureCollection', features })).toHaveLength(MAX_FILE_COLOURS)
  })
})
