/**
 * MapLibre layers of the analysis overlay, drawn above the thematic layers: a faint fill for areas, an
 * outline/path line, points for highlighted points and clicked vertices, and the chosen town's boundary
 * (a filtered line over the basemap's 'towns' source, so no boundary data is copied).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'

export const OVERLAY_SOURCE = 'analysis'
export const TOWN_LAYER = 'analysis-town'
export const OVERLAY_LAYER_IDS = ['analysis-fill', 'analysis-line', 'analysis-point', TOWN_LAYER]

const HIGHLIGHT = '#ff6f00'
const TOOL = '#d81b60'

const roleColour: ExpressionSpecification = ['match', ['get', 'role'], 'highlight', HIGHLIGHT, 'target', '#1565c0', 'near-ring', '#1565c0', TOOL]
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon']
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point']

export function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: 'analysis-fill',
      type: 'fill',
      source: OVERLAY_SOURCE,
      filter: isPolygon,
      paint: { 'fill-color': roleColour, 'fill-opacity': ['match', ['get', 'role'], 'near-ring', 0.06, 'highlight', 0.25, 0.12] },
    },
    {
      id: 'analysis-line',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: ['!', isPoint],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': roleColour,
        'line-width': ['match', ['get', 'role'], 'highlight', 3, 'near-ring', 1.5, 2.5],
        'line-dasharray': ['match', ['get', 'role'], 'near-ring', ['literal', [3, 2]], 'draft', ['literal', [2, 1]], ['literal', [1, 0]]],
      },
    },
    {
      id: 'analysis-point',
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: isPoint,
      paint: {
        'circle-radius': ['match', ['get', 'role'], 'vertex', 4, 10],
        'circle-color': ['match', ['get', 'role'], 'vertex', '#ffffff', 'rgba(0,0,0,0)'],
        'circle-stroke-color': roleColour,
        'circle-stroke-width': 3,
      },
    },
    {
      id: TOWN_LAYER,
      type: 'line',
      source: 'towns',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': HIGHLIGHT, 'line-width': 3 },
    },
  ]
}
