/**
 * The families' clock sync against a fake map (issue 16 §2): real stores and the shipped remediation
 * plots; the map only records what it is told. A plot's stage follows the clock (the stage in force at
 * the month, `stageHistory`), a legend category switched off hides exactly its plots, and a step sends
 * state only for the plots whose state changed.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { effectScope, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { registerLayerFeatures } from '@/data/feature-registry.ts'
import { recordingMap } from '../../tests/support/recording-map.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useClockSync } from './use-clock-sync.ts'

const LAYER = 'remediation-plots'
const root = fileURLToPath(new URL('../../', import.meta.url))
const file = JSON.parse(readFileSync(`${root}geodata/layers/${LAYER}.geojson`, 'utf8')) as FeatureCollection
const plots = { ...file, features: file.features.map((feature) => ({ ...feature, id: String(feature.properties!.id) })) }
type History = { stage: string; start: string }[]
/** The stage in force at a month, read straight from the file (null before the first stage). */
function stageAt(id: string, month: string): string | null {
  const history = plots.features.find((feature) => feature.id === id)!.properties!.stageHistory as History
  return history.filter((entry) => entry.start <= month).at(-1)?.stage ?? null
}


function start(month: string) {
  setActivePinia(createPinia())
  registerLayerFeatures(LAYER, plots)
  useLayersStore().markLoaded(LAYER, plots.features.length, [])
  const clock = useClockStore()
  clock.setMonth(month)
  return clock
}

describe('clock sync of the families against a fake map', () => {
  let scope = effectScope()
  beforeEach(() => {
    scope = effectScope()
  })
  afterEach(() => scope.stop())

  it('gives each plot the stage in force at the month, and hides the plots not yet in their life cycle', () => {
    start('2018-06')
    const { map, calls } = recordingMap([LAYER])
    scope.run(() => useClockSync(map))
    expect(calls).toHaveLength(plots.features.length)
    for (const call of calls) {
      const stage = stageAt(call.id, '2018-06')
      expect(call.source).toBe(LAYER)
      expect(call.state.hidden, call.id).toBe(stage === null)
      if (stage) expect(call.state.stage, call.id).toBe(stage)
    }
  })

  it('sends a clock step only for the plots whose state changed', async () => {
    const clock = start('2019-12')
    const { map, calls } = recordingMap([LAYER])
    scope.run(() => useClockSync(map))
    calls.length = 0
    clock.setMonth('2020-08')
    await nextTick()
    const changed = plots.features.map((feature) => String(feature.id)).filter((id) => stageAt(id, '2019-12') !== stageAt(id, '2020-08'))
    expect(changed.length).toBeGreaterThan(0)
    expect(calls.map((call) => call.id).sort()).toEqual(changed.sort())
  })

  it('leaves a hidden layer alone on a step, and brings it up to date when it is shown', async () => {
    const clock = start('2019-12')
    const { map, calls } = recordingMap([LAYER])
    scope.run(() => useClockSync(map))
    calls.length = 0
    useLayersStore().setVisible(LAYER, false)
    clock.setMonth('2020-08')
    await nextTick()
    expect(calls).toEqual([])
    useLayersStore().setVisible(LAYER, true)
    await nextTick()
    const changed = plots.features.map((feature) => String(feature.id)).filter((id) => stageAt(id, '2019-12') !== stageAt(id, '2020-08'))
    expect(calls.map((call) => call.id).sort()).toEqual(changed.sort())
  })

  it('hides exactly the plots of a stage switched off in the legend', async () => {
    start('2020-12')
    const { map, calls } = recordingMap([LAYER])
    scope.run(() => useClockSync(map))
    calls.length = 0
    useLayersStore().toggleCategory(LAYER, 'REMEDIATION')
    await nextTick()
    const inRemediation = plots.features.map((feature) => String(feature.id)).filter((id) => stageAt(id, '2020-12') === 'REMEDIATION')
    expect(inRemediation.length).toBeGreaterThan(0)
    expect(calls.map((call) => call.id).sort()).toEqual(inRemediation.sort())
    for (const call of calls) expect(call.state.hidden).toBe(true)
  })
})
