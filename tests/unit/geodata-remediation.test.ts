// The sample contaminated plots (geodata/layers/remediation-plots.geojson).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as turf from '@turf/turf'
import type { Feature, FeatureCollection, Polygon } from 'geojson'

const root = fileURLToPath(new URL('../../geodata/', import.meta.url))
const plots = (JSON.parse(readFileSync(root + 'layers/remediation-plots.geojson', 'utf8')) as FeatureCollection<Polygon>).features

/** domain-reference §4.3 (《土壤污染防治法》 Art. 35/58; 42号令 Art. 2). */
const STAGES = [
  'SUSPECTED', 'PRELIM_INVESTIGATION', 'DETAILED_INVESTIGATION', 'RISK_ASSESSMENT', 'LISTED',
  'RISK_CONTROL', 'REMEDIATION', 'EFFECT_EVALUATION', 'POST_MANAGEMENT', 'DELISTED',
]
/** GB 36600-2018 §4.2 / domain-reference §4.1: uses that are 第一类用地. */
const FIRST_CLASS_USES = ['住宅用地', '中小学用地', '医疗卫生用地', '社会福利设施用地']
type Step = { stage: string; start: string }
const history = (plot: Feature) => plot.properties?.stageHistory as Step[]

describe('remediation plots', () => {
  it('has 10–14 plots', () => {
    expect(plots.length).toBeGreaterThanOrEqual(10)
    expect(plots.length).toBeLessThanOrEqual(14)
  })

  it('covers every life-cycle stage across the plots', () => {
    expect(new Set(plots.map((plot) => plot.properties?.stage))).toEqual(new Set(STAGES))
  })

  it.each(plots.map((plot) => [plot.properties?.id as string, plot] as const))(
    '%s has a valid, chronological stage history that ends at its stage',
    (_, plot) => {
      const steps = history(plot)
      expect(steps.length).toBeGreaterThan(0)
      for (const step of steps) {
        expect(STAGES).toContain(step.stage)
        expect(step.start).toMatch(/^20(1[7-9]|20)-(0[1-9]|1[0-2])$/)
      }
      const starts = steps.map((step) => step.start)
      expect(starts).toEqual([...starts].sort())
      const order = steps.map((step) => STAGES.indexOf(step.stage))
      expect(order).toEqual([...order].sort((a, b) => a - b))
      expect(steps[steps.length - 1]!.stage).toBe(plot.properties?.stage)
      expect(plot.properties?.riskControl).toBe(steps.some((step) => step.stage === 'RISK_CONTROL'))
      expect(plot.properties?.remediation).toBe(steps.some((step) => step.stage === 'REMEDIATION'))
    },
  )

  it('includes the two plots named in the 2020 report at the stages it describes', () => {
    const nanqiao = plots.find((plot) => plot.properties?.name === '南桥新城14单元06A-02A')!
    expect(nanqiao.properties?.stage).toBe('REMEDIATION')
    const steps2020 = history(nanqiao).filter((step) => step.start.startsWith('2020')).map((step) => step.stage)
    expect(steps2020).toEqual(['LISTED', 'REMEDIATION'])
    expect(['南桥镇', '金海街道']).toContain(nanqiao.properties?.town)
    const tangwai = plots.find((plot) => plot.properties?.name === '原塘外化工区')!
    expect(tangwai.properties?.stage).toBe('DETAILED_INVESTIGATION')
  })

  it('derives the GB 36600 land class from the planned use', () => {
    for (const plot of plots) {
      expect(plot.properties?.landClass).toBe(FIRST_CLASS_USES.includes(plot.properties?.landUse) ? 1 : 2)
    }
  })

  it('stores the Turf area and keeps each plot to a few hectares', () => {
    for (const plot of plots) {
      expect(Math.abs(plot.properties?.area_m2 - turf.area(plot))).toBeLessThanOrEqual(1)
      expect(plot.properties?.area_m2).toBeGreaterThan(5_000)
      expect(plot.properties?.area_m2).toBeLessThan(150_000)
    }
  })

  it('uses clearly sample responsible parties, never a company name', () => {
    for (const plot of plots) expect(plot.properties?.responsibleParty).toMatch(/^示例/)
  })

  it('has no overlapping plots and no self-intersections', () => {
    plots.forEach((plot, index) => {
      expect(turf.kinks(plot).features).toHaveLength(0)
      for (const other of plots.slice(index + 1)) expect(turf.intersect(turf.featureCollection([plot, other]))).toBeNull()
    })
  })
})
