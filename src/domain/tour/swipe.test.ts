import { describe, expect, it } from 'vitest'
import { swipeDirection } from './swipe.ts'

describe('swipe on the presenter', () => {
  it.each([
    [{ dx: -200, dy: 10, milliseconds: 250 }, 'next'],
    [{ dx: 200, dy: -20, milliseconds: 250 }, 'previous'],
    [{ dx: -60, dy: 0, milliseconds: 100 }, 'next'],
    [{ dx: -59, dy: 0, milliseconds: 100 }, null],
    // Mostly up or down: scrolling the caption, not turning a page.
    [{ dx: -120, dy: 80, milliseconds: 200 }, null],
    // A slow drag pans the map.
    [{ dx: -300, dy: 0, milliseconds: 1500 }, null],
    [{ dx: 0, dy: 0, milliseconds: 50 }, null],
  ] as const)('%o means %s', (stroke, expected) => {
    expect(swipeDirection(stroke)).toBe(expected)
  })
})
