/**
 * Reads what the map shows, for assertions: pixel colours of the canvas, rendered feature ids, and the
 * page position of a geographic point.
 */
import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection, Point } from 'geojson'

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

export function readLayerFile(name: string): FeatureCollection {
  return JSON.parse(readFileSync(`${projectRoot}geodata/layers/${name}.geojson`, 'utf8')) as FeatureCollection
}

export function pointOf(collection: FeatureCollection, id: string): [number, number] {
  const feature = collection.features.find((candidate) => candidate.properties?.id === id)
  if (!feature) throw new Error(`no feature ${id}`)
  return (feature.geometry as Point).coordinates as [number, number]
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** How many canvas pixels are within `tolerance` (per channel) of each colour. */
export async function countColourPixels(page: Page, hexColours: string[], tolerance = 12): Promise<number[]> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  const colours = hexColours.map(hexToRgb)
  return page.evaluate(
    ({ colours, tolerance }) => {
      const source = window.__shuitian!.map.getCanvas()
      const canvas = document.createElement('canvas')
      canvas.width = source.width
      canvas.height = source.height
      const context = canvas.getContext('2d')!
      context.drawImage(source, 0, 0)
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data
      const counts = colours.map(() => 0)
      for (let offset = 0; offset < data.length; offset += 4) {
        colours.forEach(([r, g, b], index) => {
          if (Math.abs(data[offset]! - r) <= tolerance && Math.abs(data[offset + 1]! - g) <= tolerance && Math.abs(data[offset + 2]! - b) <= tolerance) {
            counts[index]!++
          }
        })
      }
      return counts
    },
    { colours, tolerance },
  )
}

export async function renderedIds(page: Page, mapLayerIds: string[]): Promise<string[]> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  return page.evaluate((ids) => window.__shuitian!.renderedFeatureIds(ids), mapLayerIds)
}

/** Page coordinates (for page.mouse) of a longitude/latitude on the map. */
export async function pagePositionOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((position) => {
    const map = window.__shuitian!.map
    const point = map.project(position)
    const rect = map.getCanvas().getBoundingClientRect()
    return { x: rect.left + point.x, y: rect.top + point.y }
  }, lngLat)
}

/** Centres the map on a point at a zoom, and waits until it is drawn. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ center, zoom }) => window.__shuitian!.map.jumpTo({ center, zoom }), { center, zoom })
  await page.evaluate(() => window.__shuitian!.whenIdle())
}

/**
 * The canvas colour at a geographic point (after the map is idle), as '#rrggbb'; `offset` moves the
 * sample in CSS pixels (e.g. off a marker's numeral, onto its fill).
 */
export async function colourAt(page: Page, lngLat: [number, number], offset: [number, number] = [0, 0]): Promise<string> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  return page.evaluate(({ position, offset }) => {
    const map = window.__shuitian!.map
    const source = map.getCanvas()
    const ratio = source.width / source.clientWidth
    const projected = map.project(position)
    const point = { x: projected.x + offset[0], y: projected.y + offset[1] }
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d')!
    context.drawImage(source, Math.round(point.x * ratio), Math.round(point.y * ratio), 1, 1, 0, 0, 1, 1)
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data
    return `#${[r, g, b].map((value) => value!.toString(16).padStart(2, '0')).join('')}`.toUpperCase()
  }, { position: lngLat, offset })
}

/** How many canvas pixels within `half` CSS pixels of a point are within `tolerance` of a colour. */
export async function countColourPixelsNear(page: Page, lngLat: [number, number], half: number, hex: string, tolerance = 40): Promise<number> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  const [r, g, b] = hexToRgb(hex)
  return page.evaluate(({ position, half, colour, tolerance }: { position: [number, number]; half: number; colour: [number, number, number]; tolerance: number }) => {
    const map = window.__shuitian!.map
    const source = map.getCanvas()
    const ratio = source.width / source.clientWidth
    const point = map.project(position)
    const size = Math.round(2 * half * ratio)
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const context = canvas.getContext('2d')!
    context.drawImage(source, Math.round((point.x - half) * ratio), Math.round((point.y - half) * ratio), size, size, 0, 0, size, size)
    const data = context.getImageData(0, 0, size, size).data
    let count = 0
    for (let offset = 0; offset < data.length; offset += 4) {
      if (Math.abs(data[offset]! - colour[0]) <= tolerance && Math.abs(data[offset + 1]! - colour[1]) <= tolerance && Math.abs(data[offset + 2]! - colour[2]) <= tolerance) count++
    }
    return count
  }, { position: lngLat, half, colour: [r, g, b] as [number, number, number], tolerance })
}

/** True when two '#rrggbb' colours differ by at most `tolerance` per channel. */
export function coloursClose(a: string, b: string, tolerance = 16): boolean {
  const channels = (hex: string) => [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16))
  const [left, right] = [channels(a.toUpperCase()), channels(b.toUpperCase())]
  return left.every((value, index) => Math.abs(value - right[index]!) <= tolerance)
}
