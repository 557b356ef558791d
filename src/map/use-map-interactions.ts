/** Hover highlight and click-to-select on the thematic layers. */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import { useAnalysisStore } from '@/stores/analysis.ts'
import { mapLayerIds } from './thematic-layers.ts'
import { rememberTileFeature } from '@/data/tile-features.ts'
import { featureById } from '@/data/feature-registry.ts'

function interactiveLayerIds(map: MapLibreMap): string[] {
  return useCatalogueStore().definitions.flatMap(mapLayerIds).filter((id) => map.getLayer(id))
}

/** Points first, then lines, then polygons: a section on top of a plot should win the click. */
function topFeature(features: MapGeoJSONFeature[]): MapGeoJSONFeature | undefined {
  const rank = (feature: MapGeoJSONFeature) => (feature.layer.type === 'circle' ? 0 : feature.layer.type === 'line' ? 1 : 2)
  return [...features].sort((a, b) => rank(a) - rank(b))[0]
}

/** The section id when `layerId` is a tile layer that follows the series and the register knows the id. */
function seriesSectionOf(layerId: string, featureId: string): string | null {
  const definition = useCatalogueStore().definition(layerId)
  if (!definition?.tiles || definition.style.kind !== 'water-class') return null
  return featureById('sections', featureId) ? featureId : null
}

export function useMapInteractions(map: MapLibreMap) {
  const selection = useSelectionStore()
  // While a drawing or measuring tool is active, clicks belong to the tool, not to selection.
  const analysis = useAnalysisStore()
  // sourceLayer: a vector-tile source takes feature-state only per inner layer (MapLibre refuses it without).
  let hovered: { source: string; sourceLayer?: string; id: string | number } | null = null

  function setHovered(next: typeof hovered) {
    if (hovered) map.setFeatureState(hovered, { hover: false })
    hovered = next
    if (hovered) map.setFeatureState(hovered, { hover: true })
    map.getCanvas().style.cursor = hovered ? 'pointer' : ''
  }

  function featuresAt(event: MapMouseEvent) {
    const box: [[number, number], [number, number]] = [
      [event.point.x - 4, event.point.y - 4],
      [event.point.x + 4, event.point.y + 4],
    ]
    return map.queryRenderedFeatures(box, { layers: interactiveLayerIds(map) }).filter((f) => !f.state?.hidden)
  }

  map.on('mousemove', (event) => {
    if (analysis.tool !== null) return
    const feature = topFeature(featuresAt(event))
    const next = feature && feature.id !== undefined ? { source: feature.source, ...(feature.sourceLayer ? { sourceLayer: feature.sourceLayer } : {}), id: feature.id } : null
    if (next?.source === hovered?.source && next?.id === hovered?.id) return
    setHovered(next)
  })
  map.on('mouseout', () => setHovered(null))
  map.on('click', (event) => {
    if (analysis.tool !== null) return
    const feature = topFeature(featuresAt(event))
    // Tile features are not in the registry: keep the clicked one's properties for the card.
    if (feature && feature.id !== undefined && useCatalogueStore().definition(feature.source)?.tiles) {
      rememberTileFeature(feature.source, String(feature.id), feature.properties, feature.geometry)
    }
    // A tile section of the series opens the section's own card (class, chart, history) from the register.
    const sectionId = feature && feature.id !== undefined ? seriesSectionOf(feature.source, String(feature.id)) : null
    if (sectionId !== null) return selection.select({ layerId: 'sections', featureId: sectionId })
    selection.select(feature && feature.id !== undefined ? { layerId: feature.source, featureId: String(feature.id) } : null)
  })
}
