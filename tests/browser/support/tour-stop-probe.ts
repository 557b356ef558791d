/**
 * Measures a presented tour stop as a leader would see it: the figures panel (filled, no scrolling), the
 * caption box, and where the stop's subject lies on screen compared with that box.
 */
import type { Page } from 'playwright-core'
import type { Feature, Geometry, Position } from 'geojson'
import { readLayerFile } from './map-probe.ts'

export interface ShippedStop {
  id: string
  features: { layerId: string; featureId: string }[]
  layers: string[]
  filter?: { levels?: string[]; rivers?: string[]; towns?: string[] }
}

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface StopMeasure {
  figureRows: number
  figuresEmpty: boolean
  figuresText: string
  figuresOverflow: { scrollHeight: number; clientHeight: number }
  captionOverflow: { scrollHeight: number; clientHeight: number }
  caption: Box
  canvas: Box
  /** Screen bbox of each subject feature (page pixels), by id. */
  subject: Record<string, Box>
  rendered: string[]
}

const layerCache = new Map<string, Feature[]>()
function featuresOf(layerId: string): Feature[] {
  if (!layerCache.has(layerId)) layerCache.set(layerId, readLayerFile(layerId).features)
  return layerCache.get(layerId)!
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates]
    case 'MultiPoint': case 'LineString': return geometry.coordinates
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.flat()
    case 'MultiPolygon': return geometry.coordinates.flat(2)
    default: return []
  }
}

/**
 * The stop's subject as features of the layer files: its named features, or what its layers show
 * (sections through its filter; of another layer, the features the map draws at the stop's clock).
 */
export function subjectFeatures(stop: ShippedStop, drawn: readonly string[] = []): { layerId: string; feature: Feature }[] {
  if (stop.features.length > 0) {
    return stop.features.map(({ layerId, featureId }) => {
      const feature = featuresOf(layerId).find((candidate) => candidate.properties?.id === featureId)
      if (!feature) throw new Error(`${stop.id}: no ${layerId} ${featureId}`)
      return { layerId, feature }
    })
  }
  const others = stop.layers.filter((layerId) => layerId !== 'sections').flatMap((layerId) =>
    featuresOf(layerId).filter((feature) => drawn.includes(String(feature.properties?.id))).map((feature) => ({ layerId, feature })))
  return others.concat(stop.layers.filter((layerId) => layerId === 'sections').flatMap((layerId) =>
    featuresOf(layerId)
      .filter((feature) => {
        const properties = feature.properties ?? {}
        const filter = stop.filter ?? {}
        return (!filter.levels?.length || filter.levels.includes(properties.level))
          && (!filter.rivers?.length || filter.rivers.includes(properties.river))
          && (!filter.towns?.length || filter.towns.includes(properties.town))
      })
      .map((feature) => ({ layerId, feature }))))
}

export const MAP_LAYERS = (layerId: string) => [`${layerId}-circle`, `${layerId}-line`, `${layerId}-fill`, `${layerId}-outline`]

export async function measureStop(page: Page, stop: ShippedStop): Promise<StopMeasure> {
  await page.evaluate(() => window.__shuitian!.whenIdle())
  const otherLayers = stop.layers.filter((layerId) => layerId !== 'sections').flatMap(MAP_LAYERS)
  const drawn = stop.features.length > 0 ? [] : await page.evaluate((ids) => window.__shuitian!.renderedFeatureIds(ids), otherLayers)
  if (stop.features.length === 0 && otherLayers.length > 0 && drawn.length === 0) throw new Error(`${stop.id}: none of ${otherLayers.join(', ')} is drawn`)
  const subject = subjectFeatures(stop, drawn).map(({ feature }) => ({ id: String(feature.properties?.id), positions: positions(feature.geometry) }))
  const layers = stop.layers.flatMap(MAP_LAYERS)
  return page.evaluate(({ subject, layers }) => {
    const box = (element: Element | null) => {
      const rect = element!.getBoundingClientRect()
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
    }
    const overflow = (element: Element | null) => ({ scrollHeight: element!.scrollHeight, clientHeight: element!.clientHeight })
    const hooks = window.__shuitian!
    const map = hooks.map
    const canvas = map.getCanvas().getBoundingClientRect()
    const projected: Record<string, { left: number; top: number; right: number; bottom: number }> = {}
    for (const item of subject) {
      const points = item.positions.map((position) => map.project([position[0]!, position[1]!]))
      projected[item.id] = {
        left: canvas.left + Math.min(...points.map((point) => point.x)),
        right: canvas.left + Math.max(...points.map((point) => point.x)),
        top: canvas.top + Math.min(...points.map((point) => point.y)),
        bottom: canvas.top + Math.max(...points.map((point) => point.y)),
      }
    }
    const figures = document.querySelector('[data-testid="tour-figures"]')
    return {
      figureRows: figures?.querySelectorAll('dd').length ?? 0,
      figuresEmpty: figures?.querySelector('.tour-figures__empty') !== null,
      figuresText: (figures as HTMLElement | null)?.innerText ?? '',
      figuresOverflow: overflow(figures),
      captionOverflow: overflow(document.querySelector('[data-testid="tour-caption"]')),
      caption: box(document.querySelector('[data-testid="tour-caption"]')),
      canvas: { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom },
      subject: projected,
      rendered: hooks.renderedFeatureIds(layers),
    }
  }, { subject, layers })
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top
}
