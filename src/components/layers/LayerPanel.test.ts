// @vitest-environment happy-dom
// The layer panel as a planner uses it: the shipped layers under their family headings, a tick that
// shows or hides a layer, the count once loaded, a broken file that cannot be ticked, and moving a layer
// within its family.
import { describe, expect, it } from 'vitest'
import { mountWithStores } from '../../../tests/support/mount-app.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useLayerOrderStore } from '@/stores/layer-order.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import type { FeatureCollection } from 'geojson'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { importedDefinition } from '@/data/import/prepare-layer.ts'
import { singleStyle } from '@/data/import/layer-style.ts'
import LayerPanel from './LayerPanel.vue'

describe('LayerPanel', () => {
  it('lists the shipped layers under their family headings, in the UI language', async () => {
    const panel = mountWithStores(LayerPanel)
    const headings = () => panel.findAll('.layer-panel__family').map((heading) => heading.text())
    expect(headings()).toEqual(['水环境', '污染地块', '土壤调查', '绿道生态'])
    for (const id of ['sections', 'remediation-plots', 'soil-parcels', 'greenways']) expect(panel.find(`[data-testid="layer-${id}"]`).exists()).toBe(true)
    useSettingsStore().toggleLocale()
    await panel.vm.$nextTick()
    expect(headings()).toEqual(['Water', 'Contaminated land', 'Soil surveys', 'Greenways'])
    expect(panel.get('label[for="layer-visible-greenways"]').text()).toBe('Greenways and green space')
  })

  it('hides and shows a layer with its tick', async () => {
    const panel = mountWithStores(LayerPanel)
    const layers = useLayersStore()
    const tick = panel.get<HTMLInputElement>('[data-testid="layer-toggle-greenways"]')
    expect(tick.element.checked).toBe(true)
    await tick.setValue(false)
    expect(layers.layers.greenways?.visible).toBe(false)
    await tick.setValue(true)
    expect(layers.layers.greenways?.visible).toBe(true)
  })

  it('shows the count once a layer has loaded, and a broken file cannot be ticked', async () => {
    const panel = mountWithStores(LayerPanel)
    const layers = useLayersStore()
    layers.markLoaded('greenways', 51, [])
    layers.markFailed('soil-parcels', { file: 'geodata/layers/soil-parcels.geojson', kind: 'http', detail: '404' })
    await panel.vm.$nextTick()
    expect(panel.get('[data-testid="layer-count-greenways"]').text()).toContain('51')
    expect(panel.get('[data-testid="layer-soil-parcels"]').attributes('data-status')).toBe('error')
    expect(panel.get<HTMLInputElement>('[data-testid="layer-toggle-soil-parcels"]').element.disabled).toBe(true)
  })

  it('moves a layer within its family and remembers the order', async () => {
    const panel = mountWithStores(LayerPanel)
    const catalogue = useCatalogueStore()
    const points: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 1, properties: { name: '点' }, geometry: { type: 'Point', coordinates: [121.47, 30.92] } }] }
    catalogue.addImported(importedDefinition('import-a', '甲.csv', points, singleStyle('#0072b2')), 1)
    catalogue.addImported(importedDefinition('import-b', '乙.csv', points, singleStyle('#e69f00')), 1)
    await panel.vm.$nextTick()
    const importedGroup = () => panel.findAll('.layer-panel__group').find((group) => group.text().includes('导入图层'))!
    const order = () => importedGroup().findAll('.layer-item').map((item) => item.attributes('data-testid'))
    const [upper, lower] = order()
    expect([upper, lower].sort()).toEqual(['layer-import-a', 'layer-import-b'])
    const upperId = upper!.replace(/^layer-/, '')
    expect(panel.get<HTMLButtonElement>(`[data-testid="layer-move-up-${upperId}"]`).element.disabled).toBe(true)
    await panel.get(`[data-testid="layer-move-down-${upperId}"]`).trigger('click')
    expect(order()).toEqual([lower, upper])
    expect(JSON.parse(localStorage.getItem('shuitian.layer-order.v1') ?? '[]')).toEqual(useLayerOrderStore().order)
  })
})
