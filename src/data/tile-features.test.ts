import { describe, expect, it } from 'vitest'
import { forgetTileFeatures, rememberTileFeature, tileFeature } from './tile-features.ts'

describe('remembered tile features', () => {
  it('gives a card the properties of a clicked tile feature, by layer and id', () => {
    rememberTileFeature('city-sites', 'a', { id: 'a', name: '站点甲' })
    rememberTileFeature('other-layer', 'a', { id: 'a', name: '别的图层' })
    expect(tileFeature('city-sites', 'a')?.properties?.name).toBe('站点甲')
    expect(tileFeature('other-layer', 'a')?.properties?.name).toBe('别的图层')
    expect(tileFeature('city-sites', 'never-clicked')).toBeUndefined()
  })

  it('claims no shape it was not given', () => {
    expect(rememberTileFeature('city-sites', 'b', { id: 'b' }).geometry).toEqual({ type: 'GeometryCollection', geometries: [] })
    expect(rememberTileFeature('city-sites', 'c', { id: 'c' }, { type: 'Point', coordinates: [121.5, 30.9] }).geometry.type).toBe('Point')
  })

  it('keeps its own copy: later changes to the map’s properties object do not alter the card', () => {
    const properties: Record<string, unknown> = { id: 'd', name: '原名' }
    rememberTileFeature('city-sites', 'd', properties)
    properties.name = '改名'
    expect(tileFeature('city-sites', 'd')?.properties?.name).toBe('原名')
  })

  it('keeps the 200 most recent clicks, and a re-click counts as recent', () => {
    rememberTileFeature('busy', 'first', { name: 'first' })
    for (let index = 0; index < 199; index++) rememberTileFeature('busy', `n${index}`, {})
    rememberTileFeature('busy', 'first', { name: 'first' }) // clicked again: now the most recent
    rememberTileFeature('busy', 'one-more', {})
    expect(tileFeature('busy', 'first')).toBeDefined()
    expect(tileFeature('busy', 'n0')).toBeUndefined()
  })

  it('forgets a removed layer’s features only', () => {
    rememberTileFeature('gone', 'x', {})
    rememberTileFeature('kept', 'x', {})
    forgetTileFeatures('gone')
    expect(tileFeature('gone', 'x')).toBeUndefined()
    expect(tileFeature('kept', 'x')).toBeDefined()
  })
})
