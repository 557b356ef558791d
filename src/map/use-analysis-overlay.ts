/**
 * The analysis overlay (issue #4): draws what the analysis store says (highlights, near ring, drawn area,
 * measure path, clicked vertices, chosen town) in its own small GeoJSON source, and turns map clicks into
 * vertices while a tool is active. Updating this small source with setData is fine; it is not the clock
 * path. While `analysis.tool` is set, the click-to-select handler must stand aside (it checks the store),
 * double-click finishes instead of zooming, and Esc cancels.
 */
import { onScopeDispose, watch } from 'vue'
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import type { Feature, Geometry } from 'geojson'
import { bbox } from '@turf/turf'
import { useAnalysisStore } from '@/stores/analysis.ts'
import { featureById } from '@/data/feature-registry.ts'
import { needsGrowShape, overlayCollection } from './analysis/overlay-data.ts'
import type { GrowShape } from './analysis/grow-shape.ts'
import { OVERLAY_SOURCE, overlayLayers, TOWN_LAYER } from './analysis/overlay-layers.ts'

export function useAnalysisOverlay(map: MapLibreMap) {
  const analysis = useAnalysisStore()
  const lookup = (reference: { layerId: string; featureId: string } | null) =>
    reference ? (featureById(reference.layerId, reference.featureId) as Feature<Geometry | null> | undefined) : undefined

  if (!map.getSource(OVERLAY_SOURCE)) map.addSource(OVERLAY_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } })
  for (const layer of overlayLayers()) {
    if (map.getLayer(layer.id)) continue
    // The town outline needs the basemap's 'towns' source; without it the rest still works.
    if (layer.id === TOWN_LAYER && !map.getSource('towns')) continue
    map.addLayer(layer)
  }

  // The buffer for a line or area target loads on first need; `drawn` counts the redraws so that one
  // waiting for it never overwrites a newer overlay.
  let growShape: GrowShape | null = null
  let drawn = 0
  const draw = () => {
    const nearTarget = lookup(analysis.nearTarget)
    const data = overlayCollection({
      highlights: analysis.highlights.map(lookup).filter((feature): feature is Feature<Geometry | null> => feature !== undefined),
      nearTarget,
      nearDistanceM: analysis.nearDistanceM,
      draft: analysis.tool ? { vertices: analysis.vertices, ring: analysis.tool !== 'measure-distance' } : null,
      drawnArea: analysis.drawnArea,
      measured: analysis.measured ? { vertices: analysis.measured.vertices, ring: analysis.measured.kind === 'area' } : null,
      growShape,
    })
    map.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(data)
  }
  watch(
    () => [analysis.highlights, analysis.nearTarget, analysis.nearDistanceM, analysis.tool, analysis.vertices, analysis.drawnArea, analysis.measured] as const,
    async () => {
      const ticket = ++drawn
      if (!growShape && needsGrowShape(lookup(analysis.nearTarget))) {
        try {
          growShape = (await import('./analysis/grow-shape.ts')).growShape
        } catch {
          // Not loaded (e.g. an old cached page): the overlay is drawn without the ring, as for broken geometry.
        }
        if (ticket !== drawn) return
      }
      draw()
    },
    { immediate: true },
  )

  // The board's figures frame their sections (issue 13): fit the map to the requested features' extent.
  watch(
    () => analysis.frameRequest,
    (request) => {
      if (!request) return
      const features = request.references.map(lookup).filter((feature): feature is Feature<Geometry> => feature?.geometry != null)
      if (features.length === 0) return
      const [west, south, east, north] = bbox({ type: 'FeatureCollection', features })
      map.fitBounds([[west, south], [east, north]], { padding: 64, maxZoom: 14, duration: 0 })
    },
  )

  watch(
    () => analysis.townId,
    (townId) => {
      if (map.getLayer(TOWN_LAYER)) map.setFilter(TOWN_LAYER, ['==', ['get', 'id'], townId ?? ''])
    },
    { immediate: true },
  )

  watch(
    () => analysis.tool,
    (tool) => {
      map.getCanvas().style.cursor = tool ? 'crosshair' : ''
      if (tool) map.doubleClickZoom.disable()
      else map.doubleClickZoom.enable()
    },
    { immediate: true },
  )

  const onClick = (event: MapMouseEvent) => {
    if (analysis.tool) analysis.addVertex([event.lngLat.lng, event.lngLat.lat])
  }
  const onDoubleClick = (event: MapMouseEvent) => {
    if (!analysis.tool) return
    event.preventDefault()
    analysis.finishTool()
  }
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !analysis.tool) return
    // One Escape cancels the tool only; the card stays open (see use-shortcuts.ts).
    event.preventDefault()
    analysis.cancelTool()
  }
  map.on('click', onClick)
  map.on('dblclick', onDoubleClick)
  window.addEventListener('keydown', onKeydown)
  onScopeDispose(() => {
    map.off('click', onClick)
    map.off('dblclick', onDoubleClick)
    window.removeEventListener('keydown', onKeydown)
  })
}
