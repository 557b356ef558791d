import { describe, expect, it } from 'vitest'
import type { Feature, Geometry } from 'geojson'
import { deepFreeze } from '../../../tests/support/deep-freeze.ts'
import { lineThrough, pointAt, rectangle } from '../../../tests/support/test-fixtures.ts'
import { greenTotals, isActiveAt, validateGreenFeature, type ProjectPhase } from './index.ts'

// A small 2019 programme: 2 greenways (1.2 km + 0.8 km), 1 corridor of 300 m × 200 m (6 ha = 90 亩),
// 1 park of 100 m × 100 m, vertical greening 16 300 m² (the report's "1.63 万平方米" pattern), plus
// a planned 2020 greenway that must stay out of the 2019 figures.
const projects = deepFreeze([
  lineThrough([[0, 0], [1200, 0]], { kind: 'greenway', year: 2019, status: 'built' }),
  lineThrough([[0, 500], [0, 1300]], { kind: 'greenway', year: '2019', status: 'built' }),
  rectangle(0, 0, 300, 200, { kind: 'corridor', year: 2019, status: 'built' }),
  rectangle(500, 500, 600, 600, { kind: 'park', year: 2019, status: 'built' }),
  pointAt(10, 10, { kind: 'vertical-greening', year: 2019, status: 'built', area_m2: 9800 }),
  pointAt(20, 20, { kind: 'vertical-greening', year: 2019, status: 'built', area_m2: 6500 }),
  lineThrough([[0, 0], [0, 2000]], { kind: 'greenway', year: 2020, status: 'planned' }),
  pointAt(0, 0, { kind: 'bench', year: 2019, status: 'built' }),
]) as Feature<Geometry>[]

describe('greenTotals', () => {
  it('adds up one year in the report units', () => {
    const totals = greenTotals(projects, { year: 2019 })
    expect(totals.greenwayKm).toBeCloseTo(2.0, 3)
    expect(totals.corridorHa).toBeCloseTo(6, 2)
    expect(totals.corridorMu).toBeCloseTo(60_000 / 666.67, 1)
    expect(totals.parkHa).toBeCloseTo(1, 2)
    expect(totals.verticalM2).toBe(16_300)
    expect(totals.counts).toEqual({ greenway: 2, corridor: 1, park: 1, 'vertical-greening': 2 })
  })

  it('filters by status and counts everything without a filter', () => {
    expect(greenTotals(projects, { status: 'planned' }).greenwayKm).toBeCloseTo(2.0, 3)
    expect(greenTotals(projects).greenwayKm).toBeCloseTo(4.0, 3)
    expect(greenTotals(projects, { year: 2018 }).counts.greenway).toBe(0)
  })
})

describe('isActiveAt', () => {
  const built = pointAt(0, 0, { status: 'built', start: '2019-03', end: '2019-10' })
  const planned = pointAt(0, 0, { status: 'planned', start: '2020-03', end: '2021-06' })
  it.each<[string, Feature<Geometry>, string, ProjectPhase]>([
    ['built', built, '2019-02', 'planned'],
    ['built', built, '2019-03', 'under-construction'],
    ['built', built, '2019-09', 'under-construction'],
    ['built', built, '2019-10', 'built'],
    ['built', built, '2024-01', 'built'],
    ['planned', planned, '2020-02', 'planned'],
    ['planned', planned, '2020-03', 'under-construction'],
    ['planned (end is only a target)', planned, '2022-01', 'under-construction'],
    ['built, no dates', pointAt(0, 0, { status: 'built' }), '2015-01', 'built'],
    ['planned, no dates', pointAt(0, 0, { status: 'planned' }), '2030-01', 'planned'],
    ['built, only an end', pointAt(0, 0, { status: 'built', end: '2019-10' }), '2019-05', 'planned'],
    ['built, only a start', pointAt(0, 0, { status: 'built', start: '2019-03' }), '2019-05', 'built'],
    ['built, bad clock month', built, 'soon', 'built'],
  ])('%s project at %s', (_, feature, month, phase) => {
    expect(isActiveAt(feature, month)).toBe(phase)
  })
})

describe('validateGreenFeature', () => {
  it('finds nothing wrong with a good project', () => {
    expect(validateGreenFeature(projects[0]!)).toEqual([])
    expect(validateGreenFeature(projects[4]!)).toEqual([])
  })

  it('reports each bad property', () => {
    const bad = rectangle(0, 0, 10, 10, { kind: 'greenway', status: 'done', year: '2019年', start: '2019-08', end: '2019-02' })
    expect(validateGreenFeature(bad).map((problem) => problem.kind)).toEqual(['unknown-status', 'bad-year', 'end-before-start', 'wrong-geometry'])
    const vertical = pointAt(0, 0, { kind: 'vertical-greening', status: 'built', end: '2019/10' })
    expect(validateGreenFeature(vertical).map((problem) => problem.kind)).toEqual(['bad-date', 'missing-area'])
    expect(validateGreenFeature(projects[7]!).map((problem) => problem.kind)).toEqual(['unknown-kind'])
  })

  it('carries what the UI needs to word a date or geometry problem itself', () => {
    const problems = validateGreenFeature(rectangle(0, 0, 10, 10, { kind: 'greenway', status: 'built', start: '2019-08', end: '2019-02' }))
    expect(problems.find((problem) => problem.kind === 'end-before-start')).toMatchObject({ field: 'end', value: '2019-02', start: '2019-08' })
    expect(problems.find((problem) => problem.kind === 'wrong-geometry')).toMatchObject({ value: 'Polygon', projectKind: 'greenway', expected: ['LineString', 'MultiLineString'] })
  })
})
