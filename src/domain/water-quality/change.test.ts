import { describe, expect, it } from 'vitest'
import { compareGroups, compareSectionClasses, evaluateGroup } from './change.ts'
import { classifyGroupByMeans } from './group-means.ts'
import type { WaterClass } from './water-class.ts'

describe('compareSectionClasses', () => {
  it.each([
    [4, 4, 'class', '无明显变化', 0],
    [4, 3, 'class', '好转', 1],
    [5, 3, 'class', '明显好转', 2],
    [3, 4, 'class', '变差', 1],
    [2, 6, 'class', '明显变差', 4],
    [2, 1, 'class', '好转', 1],
    [2, 1, 'status', '无明显变化', 0],
    [3, 1, 'status', '好转', 1],
    [4, 1, 'status', '明显好转', 2],
    [5, 6, 'status', '变差', 1],
  ] as const)('%s → %s by %s levels: %s', (before, after, levels, label, steps) => {
    const change = compareSectionClasses(before, after, levels)
    expect(change?.label).toBe(label)
    expect(change?.levels).toBe(steps)
  })
  it('has no change when either period has no class', () => {
    expect(compareSectionClasses(null, 3)).toBeNull()
    expect(compareSectionClasses(3, null)).toBeNull()
  })
})

function classes(counts: Partial<Record<WaterClass | 0, number>>): (WaterClass | null)[] {
  return Object.entries(counts).flatMap(([waterClass, count]) => Array<WaterClass | null>(count).fill(waterClass === '0' ? null : (Number(waterClass) as WaterClass)))
}

describe('evaluateGroup (section-class-proportion method)', () => {
  it.each([
    [{ 2: 9, 4: 1 }, 0.9, 0, 'excellent'],
    [{ 3: 8, 4: 2 }, 0.8, 0, 'good'],
    [{ 3: 6, 4: 2 }, 0.75, 0, 'good'],
    [{ 3: 7, 4: 2, 6: 1 }, 0.7, 0.1, 'light'],
    [{ 3: 5, 5: 3, 6: 2 }, 0.5, 0.2, 'moderate'],
    [{ 3: 4, 4: 2, 6: 4 }, 0.4, 0.4, 'heavy'],
    [{ 3: 3, 6: 1, 0: 3 }, 0.75, 0.25, null],
  ] as const)('%o → Ⅰ–Ⅲ %s, 劣Ⅴ %s, %s', (counts, good, worst, status) => {
    const group = evaluateGroup(classes(counts))
    expect(group.shareGood).toBeCloseTo(good)
    expect(group.shareWorst).toBeCloseTo(worst)
    expect(group.status).toBe(status)
  })
  it('leaves sections without a sample out of the shares', () => {
    expect(evaluateGroup(classes({ 3: 4, 6: 1, 0: 5 })).assessed).toBe(5)
  })
})

describe('compareGroups (ΔG − ΔD)', () => {
  it.each([
    [{ 3: 6, 4: 3, 6: 1 }, { 3: 7, 4: 3 }, 10, -10, 'some', '好转'],
    [{ 3: 5, 4: 3, 6: 2 }, { 3: 8, 4: 2 }, 30, -20, 'marked', '明显好转'],
    [{ 3: 8, 4: 2 }, { 3: 7, 4: 3 }, -10, 0, 'none', '无明显变化'],
    [{ 3: 8, 4: 2 }, { 3: 6, 4: 2, 6: 2 }, -20, 20, 'marked', '明显变差'],
  ] as const)('%o → %o', (before, after, deltaGood, deltaWorst, magnitude, label) => {
    const change = compareGroups(evaluateGroup(classes(before)), evaluateGroup(classes(after)))
    expect(change.deltaGood).toBeCloseTo(deltaGood)
    expect(change.deltaWorst).toBeCloseTo(deltaWorst)
    expect(change.magnitude).toBe(magnitude)
    expect(change.label).toBe(label)
  })
})

describe('classifyGroupByMeans (fewer than 5 sections)', () => {
  it('classes the mean of each item over the sections', () => {
    const { means, classification } = classifyGroupByMeans([{ TP: 0.15, NH3N: 0.6 }, { TP: 0.35, NH3N: 0.8 }, { NH3N: 1.3 }])
    expect(means.TP).toBeCloseTo(0.25)
    expect(means.NH3N).toBeCloseTo(0.9)
    expect(classification.waterClass).toBe(4)
  })
})
