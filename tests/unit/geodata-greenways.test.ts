// The sample greening projects (geodata/layers/greenways.geojson).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { FeatureCollection } from 'geojson'

const root = fileURLToPath(new URL('../../geodata/', import.meta.url))
const projects = (JSON.parse(readFileSync(root + 'layers/greenways.geojson', 'utf8')) as FeatureCollection).features

const GEOMETRY_OF_KIND: Record<string, string> = {
  greenway: 'LineString',
  corridor: 'Polygon',
  park: 'Polygon',
  'vertical-greening': 'Point',
}

describe('greenways', () => {
  it.each(Object.entries(GEOMETRY_OF_KIND))('draws every %s as a %s', (kind, geometry) => {
    const ofKind = projects.filter((project) => project.properties?.kind === kind)
    expect(ofKind.length).toBeGreaterThan(0)
    expect(ofKind.every((project) => project.geometry.type === geometry)).toBe(true)
  })

  it('uses only the four kinds, the two statuses and start ≤ end in the completion year', () => {
    for (const project of projects) {
      const { kind, status, start, end, year } = project.properties ?? {}
      expect(Object.keys(GEOMETRY_OF_KIND)).toContain(kind)
      expect(['planned', 'built']).toContain(status)
      expect(start).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/)
      expect(end).toMatch(new RegExp(`^${year}-(0[1-9]|1[0-2])$`))
      expect(start <= end).toBe(true)
    }
  })

  it('has some 2018 built projects and some 2020/2021 planned projects besides 2019', () => {
    expect(projects.some((project) => project.properties?.year === 2018 && project.properties?.status === 'built')).toBe(true)
    expect(projects.some((project) => project.properties?.year >= 2020 && project.properties?.status === 'planned')).toBe(true)
  })

  it('stores the Turf length of greenways and area of corridors and parks', () => {
    for (const project of projects) {
      if (project.geometry.type === 'LineString') expect(project.properties?.length_km).toBeCloseTo(turf.length(project), 2)
      if (project.geometry.type === 'Polygon') expect(Math.abs(project.properties?.area_m2 - turf.area(project))).toBeLessThanOrEqual(1)
      if (project.geometry.type === 'Point') expect(project.properties?.area_m2).toBeGreaterThan(0)
    }
  })

  it('never lets a greenway or a polygon cross itself', () => {
    for (const project of projects.filter((item) => item.geometry.type !== 'Point')) {
      expect(turf.kinks(project as never).features).toHaveLength(0)
    }
  })
})
