import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAnalysisStore, type AnalysisTool, type LngLat } from './analysis.ts'

const A: LngLat = [121.4, 30.9]
const B: LngLat = [121.5, 30.9]
const C: LngLat = [121.5, 31.0]

beforeEach(() => setActivePinia(createPinia()))

describe('analysis store tools', () => {
  it.each<[AnalysisTool, LngLat[], 'drawnArea' | 'measured', boolean]>([
    // A double-click sends two clicks at the same spot: the repeat is dropped, so two points still measure.
    ['measure-distance', [A, B, B], 'measured', true],
    ['measure-distance', [A, A], 'measured', false],
    ['measure-area', [A, B, C, C], 'measured', true],
    ['measure-area', [A, B, B], 'measured', false],
    ['draw-area', [A, B, C], 'drawnArea', true],
    ['draw-area', [A, B], 'drawnArea', false],
  ])('%s with %j keeps a result: %s=%s', (tool, clicks, field, kept) => {
    const analysis = useAnalysisStore()
    analysis.startTool(tool)
    for (const click of clicks) analysis.addVertex(click)
    analysis.finishTool()
    expect(analysis.tool).toBeNull()
    expect(analysis.vertices).toEqual([])
    expect(analysis[field] !== null).toBe(kept)
  })

  it('cancels a tool (Esc) without keeping its clicks, and ignores clicks when no tool is active', () => {
    const analysis = useAnalysisStore()
    analysis.addVertex(A)
    expect(analysis.vertices).toEqual([])
    analysis.startTool('measure-distance')
    analysis.addVertex(A)
    analysis.addVertex([Number.NaN, 30])
    expect(analysis.vertices).toEqual([A])
    analysis.cancelTool()
    expect(analysis.tool).toBeNull()
    expect(analysis.measured).toBeNull()
  })

  it('switching tabs stops the active tool so map clicks select again', () => {
    const analysis = useAnalysisStore()
    analysis.startTool('draw-area')
    analysis.setTab('statistics')
    expect(analysis.tool).toBeNull()
  })

  it('a town and a drawn area replace each other', () => {
    const analysis = useAnalysisStore()
    analysis.startTool('draw-area')
    ;[A, B, C].forEach((vertex) => analysis.addVertex(vertex))
    analysis.finishTool()
    analysis.setTown('jinhui')
    expect(analysis.drawnArea).toBeNull()
    analysis.startTool('draw-area')
    expect(analysis.townId).toBeNull()
  })

  it.each([
    [50, 100],
    [1500, 1500],
    [9000, 5000],
    [Number.NaN, 100],
  ])('near distance %s m is kept at %s m', (asked, kept) => {
    const analysis = useAnalysisStore()
    analysis.setNearDistance(asked)
    expect(analysis.nearDistanceM).toBe(kept)
  })
})
