import { describe, expect, it } from 'vitest'
import { emptyFilter } from '../filters/section-filter.ts'
import { missingInStop, type KnownData } from './stop-problems.ts'
import type { TourStop } from './types.ts'

const known: KnownData = {
  layerIds: ['sections', 'greenways'],
  layerLoaded: () => true,
  hasFeature: (layerId, featureId) => layerId === 'sections' && featureId === 'FX01',
  rivers: new Set(['金汇港']),
  towns: new Set(['青村镇']),
}

function stop(change: (draft: TourStop) => void): TourStop {
  const draft: TourStop = {
    id: 's', title: 't', caption: '', group: 'g', features: [{ layerId: 'sections', featureId: 'FX01' }],
    camera: { fit: true }, layers: ['sections'], clock: { month: '2019-06', mode: 'month' },
  }
  change(draft)
  return draft
}

describe('missingInStop', () => {
  it('finds nothing missing in a stop the data can show', () => {
    expect(missingInStop(stop(() => {}), known)).toEqual([])
  })

  it('names the layer, the section, the river and the town the data does not have, once each', () => {
    const broken = stop((draft) => {
      draft.layers = ['sections', 'roads', 'roads']
      draft.features = [{ layerId: 'sections', featureId: 'FX99' }, { layerId: 'roads', featureId: 'R1' }]
      draft.filter = { ...emptyFilter(), rivers: ['金汇港', '无名河'], towns: ['月球镇'] }
    })
    expect(missingInStop(broken, known)).toEqual([
      { kind: 'layer', value: 'roads' },
      { kind: 'feature', value: 'FX99', layerId: 'sections' },
      { kind: 'river', value: '无名河' },
      { kind: 'town', value: '月球镇' },
    ])
  })

  it('does not call a feature missing while its layer is still loading', () => {
    const loading = { ...known, layerLoaded: () => false, rivers: null, towns: null }
    const broken = stop((draft) => {
      draft.features = [{ layerId: 'sections', featureId: 'FX99' }]
      draft.filter = { ...emptyFilter(), rivers: ['无名河'] }
    })
    expect(missingInStop(broken, loading)).toEqual([])
  })
})
