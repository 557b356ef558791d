/**
 * Framing a stop for a leader (issue 12 item 2): the subject is shown with context — never closer than
 * a view that also shows the nearest river or town label — and the camera leaves out the screen parts
 * covered by the presenter's boxes (caption, figures, route overview, controls), so that no box covers
 * the subject. Pure geometry on plain numbers; the map code turns the result into a fitBounds call.
 */

export type Bounds = [west: number, south: number, east: number, north: number]

export interface ScreenRect {
  left: number
  top: number
  right: number
  bottom: number
}

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** A label point of the basemap (town or river name) and its position. */
export type LabelPoint = [longitude: number, latitude: number]

/** Metres-like distance² between two points near each other (longitude scaled by the latitude). */
function distanceSquared(a: LabelPoint, b: LabelPoint): number {
  const scale = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180)
  const dx = (a[0] - b[0]) * scale
  const dy = a[1] - b[1]
  return dx * dx + dy * dy
}

/**
 * `bounds` grown to take in, of each kind of label (towns, rivers), the one nearest to its centre: a
 * leader sees the subject with the town it is in and the river it is on. Unchanged without labels.
 */
export function withNearestLabels(bounds: Bounds, labelKinds: readonly (readonly LabelPoint[])[]): Bounds {
  return labelKinds.reduce((grown, labels) => withNearestLabel(grown, labels, bounds), bounds)
}

/** `bounds` grown to take in the label nearest to the centre of `around` (default: `bounds`). */
export function withNearestLabel(bounds: Bounds, labels: readonly LabelPoint[], around: Bounds = bounds): Bounds {
  if (labels.length === 0) return bounds
  const centre: LabelPoint = [(around[0] + around[2]) / 2, (around[1] + around[3]) / 2]
  let nearest = labels[0]!
  for (const label of labels) if (distanceSquared(label, centre) < distanceSquared(nearest, centre)) nearest = label
  return [Math.min(bounds[0], nearest[0]), Math.min(bounds[1], nearest[1]), Math.max(bounds[2], nearest[0]), Math.max(bounds[3], nearest[1])]
}

/**
 * Padding for framing a subject of `aspect` (width / height, in screen units at any zoom) in a
 * `width` × `height` viewport whose `obstacles` (the presenter's boxes, in the viewport's pixels) must
 * not cover it. Each box is avoided by cutting the free area on one of the sides it touches (a caption
 * at the bottom left: above it or right of it); of every combination, the one that shows the subject
 * largest wins. `margin` is kept between the subject and the boxes and the screen's edges.
 */
export function framingPadding(width: number, height: number, obstacles: readonly ScreenRect[], aspect: number, margin = 24): Padding {
  const boxes = obstacles
    .map((box) => ({ left: Math.max(0, box.left), top: Math.max(0, box.top), right: Math.min(width, box.right), bottom: Math.min(height, box.bottom) }))
    .filter((box) => box.right > box.left && box.bottom > box.top)
  // Each box can be cleared by moving one free-area edge past it: the cut that keeps most of the screen first.
  const cuts = boxes.map((box) => {
    const options: Padding[] = [
      { top: box.bottom, right: 0, bottom: 0, left: 0 },
      { top: 0, right: 0, bottom: height - box.top, left: 0 },
      { top: 0, right: 0, bottom: 0, left: box.right },
      { top: 0, right: width - box.left, bottom: 0, left: 0 },
    ]
    return options
  })
  let best: Padding = { top: margin, right: margin, bottom: margin, left: margin }
  let bestScale = -1
  const visit = (index: number, current: Padding) => {
    if (index === cuts.length) {
      const free = { width: width - current.left - current.right - 2 * margin, height: height - current.top - current.bottom - 2 * margin }
      if (free.width <= 0 || free.height <= 0) return
      // How large the subject can be drawn: limited by the free width or the free height.
      const scale = Math.min(free.width / Math.max(aspect, 1e-6), free.height)
      if (scale > bestScale) {
        bestScale = scale
        best = { top: current.top + margin, right: current.right + margin, bottom: current.bottom + margin, left: current.left + margin }
      }
      return
    }
    for (const cut of cuts[index]!) {
      visit(index + 1, {
        top: Math.max(current.top, cut.top),
        right: Math.max(current.right, cut.right),
        bottom: Math.max(current.bottom, cut.bottom),
        left: Math.max(current.left, cut.left),
      })
    }
  }
  visit(0, { top: 0, right: 0, bottom: 0, left: 0 })
  return best
}
