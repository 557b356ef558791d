import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { importedDefinition } from '@/data/import/prepare-layer.ts'
import { categoricalStyle, singleStyle } from '@/data/import/layer-style.ts'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { thematicLayers } from './thematic-layers.ts'
import { paintChanges } from './repaint-in-place.ts'

const points: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 1, properties: { id: 1, kind: '甲' }, geometry: { type: 'Point', coordinates: [121.5, 30.9] } },
    { type: 'Feature', id: 2, properties: { id: 2, kind: '乙' }, geometry: { type: 'Point', coordinates: [121.6, 30.9] } },
  ],
}
const preview: LayerDefinition = importedDefinition('imported-a-1', '点位（预览）', points, singleStyle('#888888'))
const layersOf = (definition: LayerDefinition) => thematicLayers(definition)

describe('paintChanges (a definition change applied without rebuilding the layers)', () => {
  it('turns a commit (new name, new colour) into colour changes only', () => {
    const committed = { ...preview, name: { zh: '点位', en: '点位' }, style: singleStyle('#0072b2') }
    const changes = paintChanges(layersOf(preview), layersOf(committed))
    expect(changes).not.toBeNull()
    expect(changes!.length).toBeGreaterThan(0)
    expect(changes!.every((change) => /colou?r/.test(change.property))).toBe(true)
    expect(changes!.some((change) => change.layerId === 'imported-a-1-circle' && JSON.stringify(change.value).includes('#0072b2'))).toBe(true)
  })

  it('has nothing to change for a rename', () => {
    expect(paintChanges(layersOf(preview), layersOf({ ...preview, name: { zh: '新名', en: '新名' } }))).toEqual([])
  })

  it('refuses a change of the layers themselves (another geometry: other layers and filters)', () => {
    expect(paintChanges(layersOf(preview), layersOf({ ...preview, geometry: 'mixed' }))).toBeNull()
  })

  it('refuses a change of an opacity the planner scales (the layer store owns it)', () => {
    const layers = layersOf(preview)
    const fainter = layers.map((layer) => (layer.type === 'circle' ? { ...layer, paint: { ...layer.paint, 'circle-opacity': 0.2 } } : layer))
    expect(paintChanges(layers, fainter)).toBeNull()
  })

  it('repaints a categorical style by colour expressions, not by new layers', () => {
    const changes = paintChanges(layersOf(preview), layersOf({ ...preview, style: categoricalStyle(points, 'kind') }))
    expect(changes).not.toBeNull()
    expect(changes!.some((change) => JSON.stringify(change.value).includes('"kind"'))).toBe(true)
  })
})
