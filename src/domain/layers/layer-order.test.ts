import { describe, expect, it } from 'vitest'
import { applyLayerOrder, moveLayer, orderedLayers } from './layer-order.ts'

describe('applyLayerOrder', () => {
  it('keeps the catalogue order when there is no order', () => {
    expect(applyLayerOrder(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c'])
  })

  it('rearranges the named layers and leaves the others in their slot', () => {
    expect(applyLayerOrder(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'b', 'a', 'd'])
  })

  it('ignores ids that are not in the catalogue (a removed import) and repeated ids', () => {
    expect(applyLayerOrder(['a', 'b', 'c'], ['gone', 'c', 'b', 'c'])).toEqual(['a', 'c', 'b'])
  })
})

describe('moveLayer', () => {
  const family: Record<string, string> = { s: 'water', p: 'land', q: 'land', x: 'soil', r: 'land' }
  const same = (id: string) => (other: string) => family[other] === family[id]

  it('swaps a layer with the one above it in its group, skipping other groups', () => {
    expect(moveLayer(['s', 'p', 'x', 'q'], 'q', 'up', same('q'))).toEqual(['s', 'q', 'x', 'p'])
  })

  it('swaps a layer with the one below it', () => {
    expect(moveLayer(['s', 'p', 'q', 'r'], 'p', 'down', same('p'))).toEqual(['s', 'q', 'p', 'r'])
  })

  it('does nothing at the end of its group', () => {
    expect(moveLayer(['s', 'p', 'q'], 'p', 'up', same('p'))).toEqual(['s', 'p', 'q'])
    expect(moveLayer(['s', 'p', 'q'], 'q', 'down', same('q'))).toEqual(['s', 'p', 'q'])
  })
})

describe('orderedLayers', () => {
  it('groups by family (water first, imports last) and orders each group by the planner', () => {
    const layers = [
      { id: 'imp', family: 'imported' as const },
      { id: 'plots', family: 'land' as const },
      { id: 'sections', family: 'water' as const },
      { id: 'imp2', family: 'imported' as const },
    ]
    expect(orderedLayers(layers, ['imp2', 'imp']).map((layer) => layer.id)).toEqual(['sections', 'plots', 'imp2', 'imp'])
  })
})
