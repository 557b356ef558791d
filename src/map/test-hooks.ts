/**
 * A small read-only window into the map for the browser tests (tests/browser): what is drawn, and when
 * the map is idle. It exposes nothing the page could not already see.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

export interface ShuitianTestHooks {
  map: MapLibreMap
  /** Resolves at the map's next `idle` (immediately when it is already idle and has nothing queued). */
  whenIdle(): Promise<void>
  /** Ids (`properties.id`) of the features of `mapLayerIds` drawn in the current view (hidden ones excluded). */
  renderedFeatureIds(mapLayerIds: string[]): string[]
}

declare global {
  interface Window {
    __shuitian?: ShuitianTestHooks
  }
}

export function installTestHooks(map: MapLibreMap): void {
  window.__shuitian = {
    map,
    whenIdle: () =>
      new Promise<void>((resolve) => {
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve())
          map.triggerRepaint()
        } else {
          map.once('idle', () => resolve())
        }
      }),
    renderedFeatureIds: (mapLayerIds) => {
      const layers = mapLayerIds.filter((id) => map.getLayer(id))
      // Features hidden through feature-state (filters, clock) are still returned by MapLibre: leave them out.
      const features = map.queryRenderedFeatures(undefined, { layers }).filter((feature) => !feature.state?.hidden)
      return [...new Set(features.map((feature) => String(feature.properties?.id)))].sort()
    },
  }
}
