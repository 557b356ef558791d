import { describe, expect, it } from 'vitest'
import { framingPadding, withNearestLabel, withNearestLabels } from './framing.ts'

describe('withNearestLabel', () => {
  it('grows a plot to take in the nearest town or river name, not a farther one', () => {
    const plot: [number, number, number, number] = [121.50, 30.93, 121.501, 30.931]
    const grown = withNearestLabel(plot, [[121.40, 30.90], [121.505, 30.92], [121.70, 30.95]])
    expect(grown).toEqual([121.50, 30.92, 121.505, 30.931])
  })

  it('takes in the nearest town and the nearest river, each nearest to the subject itself', () => {
    const plot: [number, number, number, number] = [121.50, 30.93, 121.501, 30.931]
    const towns: [number, number][] = [[121.51, 30.94], [121.60, 30.90]]
    const rivers: [number, number][] = [[121.49, 30.925], [121.52, 30.95]]
    expect(withNearestLabels(plot, [towns, rivers])).toEqual([121.49, 30.925, 121.51, 30.94])
  })

  it('leaves the subject alone when there are no labels', () => {
    expect(withNearestLabel([1, 2, 3, 4], [])).toEqual([1, 2, 3, 4])
  })
})

describe('framingPadding', () => {
  const caption = { left: 20, top: 500, right: 600, bottom: 730 }
  const figures = { left: 840, top: 16, right: 1224, bottom: 300 }
  const controls = { left: 0, top: 740, right: 1280, bottom: 800 }

  it('keeps the free area clear of every box: the subject can never be drawn under the caption', () => {
    const padding = framingPadding(1280, 800, [caption, figures, controls], 1)
    const free = { left: padding.left, top: padding.top, right: 1280 - padding.right, bottom: 800 - padding.bottom }
    for (const box of [caption, figures, controls]) {
      const overlaps = free.left < box.right && free.right > box.left && free.top < box.bottom && free.bottom > box.top
      expect(overlaps).toBe(false)
    }
  })

  it('picks the side that shows a wide subject largest: above a full-width caption on a tablet', () => {
    const tabletCaption = { left: 8, top: 700, right: 760, bottom: 930 }
    const tabletFigures = { left: 8, top: 16, right: 712, bottom: 330 }
    const padding = framingPadding(768, 1024, [tabletCaption, tabletFigures], 2)
    expect(padding.bottom).toBeGreaterThanOrEqual(1024 - 700)
    expect(padding.top).toBeGreaterThanOrEqual(330)
    expect(padding.left).toBeLessThan(100)
  })

  it('is only a margin when nothing covers the map', () => {
    expect(framingPadding(1000, 800, [], 1)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 })
  })
})
