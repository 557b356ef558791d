import { describe, expect, it } from 'vitest'
import { unknownLinkTargets, type KnownTargets } from './link-targets.ts'

const known: KnownTargets = {
  rivers: ['浦南运河', '金汇港'],
  towns: ['奉城镇', '南桥镇'],
  layers: ['sections', 'remediation-plots', 'imported-survey-abc-123'],
  hasFeature: (layerId, featureId) => (layerId === 'sections' ? /^FX\d\d$/.test(featureId) : featureId === 'imp-1'),
}

describe('unknownLinkTargets (issue #14 §6)', () => {
  it('finds nothing in a link to things that exist', () => {
    const query = `?riv=${encodeURIComponent('浦南运河')}&town=${encodeURIComponent('奉城镇')}&l=sections&sel=sections:FX04`
    expect(unknownLinkTargets(query, known)).toEqual([])
  })

  it('names an unknown river and town, in link order', () => {
    expect(unknownLinkTargets('?riv=A,金汇港&town=Atlantis', known)).toEqual([
      { kind: 'river', value: 'A' },
      { kind: 'town', value: 'Atlantis' },
    ])
  })

  it('names unknown layers once, from the visible list, the opacities and the selection', () => {
    expect(unknownLinkTargets('?l=sections,air&op=air:0.5,ghost:0.2&sel=ghost:1', known)).toEqual([
      { kind: 'layer', value: 'air' },
      { kind: 'layer', value: 'ghost' },
    ])
  })

  it('names a feature that its layer does not have', () => {
    expect(unknownLinkTargets('?sel=sections:FX99', known)).toEqual([])
    expect(unknownLinkTargets('?sel=sections:ZZ1', known)).toEqual([{ kind: 'feature', value: 'ZZ1' }])
    expect(unknownLinkTargets('?sel=imported-survey-abc-123:imp-1', known)).toEqual([])
  })
})
