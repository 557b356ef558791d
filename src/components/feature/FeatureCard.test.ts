// @vitest-environment happy-dom
// The feature card as a planner sees it: nothing until a feature is chosen; then the feature's name as
// text (never as HTML, however hostile the data), its fields worded in the UI language, a stage that
// follows the clock; the close button and Escape close it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { mountWithStores } from '../../../tests/support/mount-app.ts'
import { registerLayerFeatures } from '@/data/feature-registry.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import FeatureCard from './FeatureCard.vue'

const HOSTILE_NAME = '<img src=x onerror="window.__hacked=1">绿道'

const greenways: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    id: 'GW900',
    properties: { id: 'GW900', name: HOSTILE_NAME, name_en: 'Test greenway', kind: 'greenway', year: 2018, status: 'built', start: '2017-09', end: '2018-10', length_km: 3.1, town: '金汇镇', sample: true },
    geometry: { type: 'LineString', coordinates: [[121.47, 30.92], [121.48, 30.93]] },
  }],
}

const plots: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    id: 'RP900',
    properties: {
      id: 'RP900', name: '示例地块', stage: 'REMEDIATION', landUse: '住宅用地', area_m2: 36003, town: '金海街道', sample: true,
      stageHistory: [{ stage: 'PRELIM_INVESTIGATION', start: '2017-04' }, { stage: 'REMEDIATION', start: '2020-08' }],
    },
    geometry: { type: 'Polygon', coordinates: [[[121.47, 30.92], [121.48, 30.92], [121.48, 30.93], [121.47, 30.92]]] },
  }],
}

beforeEach(() => {
  // The card asks for the towns' English names; in these tests there is no server to answer.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline test')))
  registerLayerFeatures('greenways', greenways)
  registerLayerFeatures('remediation-plots', plots)
})
afterEach(() => vi.unstubAllGlobals())

function openCard(layerId: string, featureId: string) {
  const card = mountWithStores(FeatureCard)
  const layers = useLayersStore()
  layers.markLoaded('greenways', 1, [])
  layers.markLoaded('remediation-plots', 1, [])
  useSelectionStore().select({ layerId, featureId })
  return card
}

describe('FeatureCard', () => {
  it('shows nothing until a feature is chosen', () => {
    const card = mountWithStores(FeatureCard)
    expect(card.find('[data-testid="feature-card"]').exists()).toBe(false)
  })

  it('shows the name from the data as text, never as HTML', async () => {
    const card = openCard('greenways', 'GW900')
    await card.vm.$nextTick()
    expect(card.get('[data-testid="feature-card-name"]').text()).toBe(HOSTILE_NAME)
    expect(card.find('img').exists()).toBe(false)
    expect((window as { __hacked?: number }).__hacked).toBeUndefined()
    expect(card.text()).toContain('示例数据')
  })

  it('words the fields in the UI language, and the name in English after the switch', async () => {
    const card = openCard('greenways', 'GW900')
    await card.vm.$nextTick()
    expect(card.get('dd[data-field="length_km"]').text()).toBe('3.10 公里')
    expect(card.get('dd[data-field="start"]').text()).toBe('2017年9月')
    useSettingsStore().toggleLocale()
    await card.vm.$nextTick()
    expect(card.get('[data-testid="feature-card-name"]').text()).toBe('Test greenway')
    expect(card.get('dd[data-field="length_km"]').text()).toBe('3.10 km')
  })

  it('shows the stage in force at the clock', async () => {
    const card = openCard('remediation-plots', 'RP900')
    await card.vm.$nextTick()
    const stage = () => card.get('dd[data-field="stage"]').text()
    const atEnd = stage()
    useClockStore().setMonth('2018-01')
    await card.vm.$nextTick()
    expect(stage()).not.toBe(atEnd)
    expect(stage()).toContain('初步调查')
  })

  it('closes with its button and with Escape', async () => {
    const card = openCard('greenways', 'GW900')
    await card.vm.$nextTick()
    await card.get('[data-testid="feature-card-close"]').trigger('click')
    expect(card.find('[data-testid="feature-card"]').exists()).toBe(false)
    useSelectionStore().select({ layerId: 'greenways', featureId: 'GW900' })
    await card.vm.$nextTick()
    expect(card.find('[data-testid="feature-card"]').exists()).toBe(true)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await card.vm.$nextTick()
    expect(card.find('[data-testid="feature-card"]').exists()).toBe(false)
  })
})
