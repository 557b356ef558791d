/**
 * Green projects (greenways 绿道, ecological corridors 生态廊道, parks 公园绿地, vertical greening 立体绿化):
 * their vocabulary, per-year totals as the bureau reports them (km of greenway, 亩 of corridor, ha of park,
 * m² of vertical greening — e.g. the 2019 figures of the 2020 work report), and their status on the clock.
 */
import type { Feature, Geometry } from 'geojson'
import { isMonth } from '../time/month.ts'
import { areaHa, areaM2, areaMu, lengthKm } from './measure.ts'

export const GREEN_KIND_CODES = ['greenway', 'corridor', 'park', 'vertical-greening'] as const
export type GreenKind = (typeof GREEN_KIND_CODES)[number]

export const GREEN_STATUS_CODES = ['planned', 'built'] as const
export type GreenStatus = (typeof GREEN_STATUS_CODES)[number]

/** What a project is at a given month of the clock. */
export type ProjectPhase = 'planned' | 'under-construction' | 'built'

type AnyFeature = Feature<Geometry | null>

export function isGreenKind(value: unknown): value is GreenKind {
  return (GREEN_KIND_CODES as readonly unknown[]).includes(value)
}

export function isGreenStatus(value: unknown): value is GreenStatus {
  return (GREEN_STATUS_CODES as readonly unknown[]).includes(value)
}

export interface GreenTotals {
  greenwayKm: number
  corridorMu: number
  corridorHa: number
  parkHa: number
  verticalM2: number
  /** Number of features counted, per kind. */
  counts: Record<GreenKind, number>
}

export interface GreenTotalsFilter {
  /** Only features whose `year` property is this year (number or numeric text). */
  year?: number
  status?: GreenStatus
}

/** Sums each kind in the unit the reports use; features of an unknown kind are left out. */
export function greenTotals(features: readonly AnyFeature[], filter: GreenTotalsFilter = {}): GreenTotals {
  const totals: GreenTotals = {
    greenwayKm: 0,
    corridorMu: 0,
    corridorHa: 0,
    parkHa: 0,
    verticalM2: 0,
    counts: { greenway: 0, corridor: 0, park: 0, 'vertical-greening': 0 },
  }
  for (const feature of features) {
    const properties = feature.properties ?? {}
    const kind: unknown = properties.kind
    if (!isGreenKind(kind)) continue
    if (filter.year !== undefined && Number(properties.year) !== filter.year) continue
    if (filter.status !== undefined && properties.status !== filter.status) continue
    totals.counts[kind] += 1
    if (kind === 'greenway') totals.greenwayKm += lengthKm(feature)
    if (kind === 'corridor') {
      totals.corridorMu += areaMu(feature)
      totals.corridorHa += areaHa(feature)
    }
    if (kind === 'park') totals.parkHa += areaHa(feature)
    if (kind === 'vertical-greening') totals.verticalM2 += areaM2(feature)
  }
  return totals
}

/**
 * The project's phase at `month`: planned before `start`, under construction from `start` until the month
 * before `end`, built from `end`. A project whose data status is still 'planned' never shows as built,
 * because its `end` is only a target date. Without dates (or with a bad month), the data status stands.
 */
export function isActiveAt(feature: AnyFeature, month: string): ProjectPhase {
  const properties = feature.properties ?? {}
  const start: unknown = properties.start
  const end: unknown = properties.end
  const plannedOnly = properties.status !== 'built'
  if (!isMonth(month)) return plannedOnly ? 'planned' : 'built'
  if (isMonth(start) && month < start) return 'planned'
  if (isMonth(end) && month >= end) {
    if (!plannedOnly) return 'built'
    return isMonth(start) ? 'under-construction' : 'planned'
  }
  // Built, started, completion month unknown: it is built now, so show it built once started.
  if (isMonth(start)) return !plannedOnly && !isMonth(end) ? 'built' : 'under-construction'
  // Only a completion month and we are before it: nothing says work had begun.
  if (isMonth(end)) return 'planned'
  return plannedOnly ? 'planned' : 'built'
}

/** Same as `isActiveAt`, under a name that says what it returns. */
export const projectPhaseAt = isActiveAt

export type GreenProblemKind = 'unknown-kind' | 'unknown-status' | 'bad-year' | 'bad-date' | 'end-before-start' | 'missing-area' | 'wrong-geometry'

export interface GreenProblem {
  kind: GreenProblemKind
  field: string
  value: unknown
  message: string
  /** end-before-start: the start month the end comes before. */
  start?: string
  /** wrong-geometry: the project's kind and the geometry types that kind may have. */
  projectKind?: GreenKind
  expected?: readonly string[]
}

const EXPECTED_GEOMETRY: Record<GreenKind, readonly string[]> = {
  greenway: ['LineString', 'MultiLineString'],
  corridor: ['Polygon', 'MultiPolygon'],
  park: ['Polygon', 'MultiPolygon'],
  'vertical-greening': ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'],
}

/** Per-feature problems of a green project's properties (geometry itself: spatial `validateGeometry`). */
export function validateGreenFeature(feature: AnyFeature): GreenProblem[] {
  const properties = feature.properties ?? {}
  const problems: GreenProblem[] = []
  const add = (kind: GreenProblemKind, field: string, message: string) => problems.push({ kind, field, value: properties[field], message })
  const kind: unknown = properties.kind
  if (!isGreenKind(kind)) add('unknown-kind', 'kind', `Unknown kind ${JSON.stringify(kind)}`)
  if (!isGreenStatus(properties.status)) add('unknown-status', 'status', `Unknown status ${JSON.stringify(properties.status)}`)
  if (properties.year !== undefined && !Number.isInteger(Number(properties.year))) add('bad-year', 'year', `Year ${JSON.stringify(properties.year)} is not a whole number`)
  for (const field of ['start', 'end']) {
    if (properties[field] !== undefined && properties[field] !== null && !isMonth(properties[field])) add('bad-date', field, `${field} ${JSON.stringify(properties[field])} is not a YYYY-MM month`)
  }
  if (isMonth(properties.start) && isMonth(properties.end) && properties.end < properties.start) {
    problems.push({ kind: 'end-before-start', field: 'end', value: properties.end, message: `end ${properties.end} is before start ${properties.start}`, start: properties.start })
  }
  if (kind === 'vertical-greening' && areaM2(feature) === 0) add('missing-area', 'area_m2', 'Vertical greening needs an area_m2 property or a polygon')
  if (isGreenKind(kind) && !EXPECTED_GEOMETRY[kind].includes(feature.geometry?.type ?? 'none')) {
    problems.push({
      kind: 'wrong-geometry',
      field: 'geometry',
      value: feature.geometry?.type ?? null,
      message: `A ${kind} should be ${EXPECTED_GEOMETRY[kind].join(' or ')}`,
      projectKind: kind,
      expected: EXPECTED_GEOMETRY[kind],
    })
  }
  return problems
}
