// The 45 sample monitoring sections (geodata/layers/sections.geojson).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson'

const root = fileURLToPath(new URL('../../geodata/', import.meta.url))
const read = <G extends Feature['geometry']>(path: string) => JSON.parse(readFileSync(root + path, 'utf8')) as FeatureCollection<G>
const sections = read<Point>('layers/sections.geojson').features
const rivers = read<Polygon>('basemap/rivers.geojson').features
const byName = (name: string) => sections.find((section) => section.properties?.name === name)

/** domain-reference §5.3 (fx361-FX): the real sections with a Ⅳ or Ⅲ target; all others are Ⅴ. */
const TARGETS: [string, number][] = [
  ['金汇港-钱桥', 4],
  ['金汇港-南奉公路桥', 4],
  ['竹港-肖塘', 3],
  ['南横泾-叶大公路桥', 3],
  ['巨潮港-叶大公路桥', 3],
  ['巨潮港-巨潮港水闸', 3],
  ['黄浦江-竹港水闸外', 3],
  ['金汇港-金汇', 3],
]
const RIVERS_WITH_GEOMETRY = ['黄浦江', '金汇港', '竹港', '浦南运河', '随塘河']

describe('sections', () => {
  it('has 45 sections: 1 national, 17 municipal, 15 district, 12 town', () => {
    const count = (level: string) => sections.filter((section) => section.properties?.level === level).length
    expect(sections).toHaveLength(45)
    expect([count('national'), count('municipal'), count('district'), count('town')]).toEqual([1, 17, 15, 12])
  })

  it('makes FX01 金汇港-钱桥 the national section', () => {
    expect(sections[0]?.properties).toMatchObject({ id: 'FX01', name: '金汇港-钱桥', level: 'national', river: '金汇港' })
  })

  it.each(TARGETS)('%s has target class %i', (name, target) => {
    expect(byName(name)?.properties?.targetClass).toBe(target)
  })

  it('gives every other section target class Ⅴ', () => {
    const named = new Set(TARGETS.map(([name]) => name))
    const others = sections.filter((section) => !named.has(section.properties?.name))
    expect(others).toHaveLength(37)
    expect(others.every((section) => section.properties?.targetClass === 5)).toBe(true)
  })

  it('has exactly two municipal sections with target Ⅲ; the other target-Ⅲ sections are district level', () => {
    const targetThree = sections.filter((section) => section.properties?.targetClass === 3)
    expect(targetThree.filter((section) => section.properties?.level === 'municipal')).toHaveLength(2)
    expect(targetThree.filter((section) => section.properties?.level !== 'municipal').every((section) => section.properties?.level === 'district')).toBe(true)
  })

  it('names each section "<river>-<place>" with a unique name', () => {
    for (const section of sections) {
      expect(section.properties?.name.startsWith(`${section.properties?.river}-`)).toBe(true)
      expect(section.properties?.name_en).toBeTruthy()
    }
    expect(new Set(sections.map((section) => section.properties?.name)).size).toBe(45)
  })

  it.each(RIVERS_WITH_GEOMETRY)('puts the %s sections inside the river polygon, not approximate', (riverName) => {
    const river = rivers.find((feature) => feature.properties?.name === riverName)!
    const onRiver = sections.filter((section) => section.properties?.river === riverName)
    expect(onRiver.length).toBeGreaterThan(0)
    for (const section of onRiver) {
      expect(section.properties?.approximate).toBe(false)
      expect(turf.booleanPointInPolygon(section, river)).toBe(true)
    }
  })

  it('marks sections on rivers without geometry as approximate', () => {
    const elsewhere = sections.filter((section) => !RIVERS_WITH_GEOMETRY.includes(section.properties?.river))
    expect(elsewhere.length).toBeGreaterThan(0)
    expect(elsewhere.every((section) => section.properties?.approximate === true)).toBe(true)
  })

  it('never stacks two markers (at least 700 m apart)', () => {
    const tooClose: string[] = []
    sections.forEach((section, index) => {
      for (const other of sections.slice(index + 1)) {
        if (turf.distance(section, other) < 0.7) tooClose.push(`${section.properties?.id}/${other.properties?.id}`)
      }
    })
    expect(tooClose).toEqual([])
  })

  it('spreads sections over at least 10 of the 12 towns', () => {
    expect(new Set(sections.map((section) => section.properties?.town)).size).toBeGreaterThanOrEqual(10)
  })

  it('uses integer target classes 1–6', () => {
    for (const section of sections) expect([1, 2, 3, 4, 5, 6]).toContain(section.properties?.targetClass)
  })
})
