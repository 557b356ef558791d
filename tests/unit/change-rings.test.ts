import { describe, expect, it } from 'vitest'
import { thematicLayers } from '@/map/thematic-layers.ts'
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import { CHANGE_RINGS } from '@/config/change-palette.ts'

describe('CHANGE_RINGS', () => {
  it('are the colours the section markers are drawn with, so the legends explain what the map shows', () => {
    const sections = LAYER_CATALOGUE.find((definition) => definition.id === 'sections')!
    const paint = JSON.stringify(thematicLayers(sections))
    for (const change of ['better', 'worse'] as const) expect(paint).toContain(`"${change}","${CHANGE_RINGS[change].colour}"`)
    expect(paint).toContain(`"${CHANGE_RINGS.same.colour}"`)
  })
})
