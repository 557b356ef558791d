/**
 * The water family's map sync against a fake map (issue 16 §2, as Maputnik's layer-watcher tests use a
 * mock map): real stores, the shipped sections and monitoring table, and a map that only records what it
 * is told. A clock step or a filter change must send feature-state for the sections that changed, with
 * only the fields that changed, and never anything else.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { effectScope, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { registerLayerFeatures } from '@/data/feature-registry.ts'
import { recordingMap } from '../../tests/support/recording-map.ts'
import { setWaterSeries } from '@/data/water-series.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { buildClassMatrixFromRecords, classAt, monthRange } from '@/domain/water-quality/index.ts'
import { useSectionSync } from './section-sync.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const sections = JSON.parse(readFileSync(`${root}geodata/layers/sections.geojson`, 'utf8')) as FeatureCollection
const sectionIds = sections.features.map((feature) => String(feature.properties!.id))
const { records } = parseMonthlyCsv(readFileSync(`${root}geodata/water/monthly.csv`, 'utf8'))
const months = monthRange('2018-01', '2020-12')
const matrix = buildClassMatrixFromRecords(records, sectionIds, months)
const classOf = (id: string, month: string) => classAt(matrix, sectionIds.indexOf(id), months.indexOf(month)) ?? 0


/** The app's start: sections loaded, the series read, the clock on `month`. */
function start(month: string) {
  setActivePinia(createPinia())
  registerLayerFeatures('sections', sections)
  useLayersStore().markLoaded('sections', sections.features.length, [])
  const series = setWaterSeries(sectionIds, records)!
  const clock = useClockStore()
  clock.setRange(series.first, series.last)
  clock.setMonth(month)
  useWaterStore().markReady([])
  return clock
}

describe('section sync against a fake map', () => {
  let scope = effectScope()
  beforeEach(() => {
    scope = effectScope()
  })
  afterEach(() => scope.stop())

  it('writes every section once at start, with the class the engine computes', () => {
    start('2019-06')
    const { map, calls } = recordingMap(['sections'])
    scope.run(() => useSectionSync(map))
    expect(calls).toHaveLength(sectionIds.length)
    for (const call of calls) {
      expect(call.source).toBe('sections')
      expect(call.state.waterClass).toBe(classOf(call.id, '2019-06'))
    }
  })

  it('sends a clock step only for the sections whose class changed, with only that field', async () => {
    const clock = start('2019-06')
    const { map, calls } = recordingMap(['sections'])
    scope.run(() => useSectionSync(map))
    calls.length = 0
    clock.setMonth('2019-07')
    await nextTick()
    const changed = sectionIds.filter((id) => classOf(id, '2019-06') !== classOf(id, '2019-07'))
    expect(changed.length).toBeGreaterThan(0)
    expect(calls.map((call) => call.id).sort()).toEqual([...changed].sort())
    for (const call of calls) expect(call.state).toEqual({ waterClass: classOf(call.id, '2019-07') })
  })

  it('hides by feature-state the sections a class filter leaves out, and writes nothing on a repeat', async () => {
    start('2019-06')
    const { map, calls } = recordingMap(['sections'])
    scope.run(() => useSectionSync(map))
    calls.length = 0
    const filter = useSectionFilterStore()
    filter.setFilter({ ...filter.filter, classes: [6] })
    await nextTick()
    const worst = sectionIds.filter((id) => classOf(id, '2019-06') === 6)
    expect(calls.every((call) => Object.keys(call.state).join() === 'hidden')).toBe(true)
    expect(calls.filter((call) => call.state.hidden === true)).toHaveLength(sectionIds.length - worst.length)
    calls.length = 0
    filter.setFilter({ ...filter.filter, classes: [6] })
    await nextTick()
    expect(calls).toEqual([])
  })

  it('writes nothing while the map has no sections source', () => {
    start('2019-06')
    const { map, calls } = recordingMap([])
    scope.run(() => useSectionSync(map))
    expect(calls).toEqual([])
  })
})
