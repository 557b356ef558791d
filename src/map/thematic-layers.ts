/**
 * Pure builders: a catalogue entry → the MapLibre layers that draw it. Colours for water classes are read
 * from feature-state (`waterClass`, set per month by the clock) so that a slider step only touches paint
 * buffers; hover and selection are feature-state too.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { LayerDefinition, LayerStyle } from '@/domain/layers/types.ts'
import { NO_DATA_COLOUR, WATER_CLASS_COLOUR_LIST } from '@/config/water-class-palette.ts'

export function colourExpression(style: LayerStyle): ExpressionSpecification | string {
  switch (style.kind) {
    case 'single':
      return style.colour
    case 'water-class': {
      const stops = WATER_CLASS_COLOUR_LIST.flatMap((colour, index) => [index + 1, colour])
      return ['match', ['coalesce', ['feature-state', 'waterClass'], 0], ...stops, NO_DATA_COLOUR] as unknown as ExpressionSpecification
    }
    case 'categorical': {
      if (style.entries.length === 0) return style.fallbackColour
      const stops = style.entries.flatMap((entry) => [entry.value, entry.colour])
      return ['match', ['to-string', ['get', style.property]], ...stops, style.fallbackColour] as unknown as ExpressionSpecification
    }
  }
}

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
/** Hidden by the filters of the clock (feature-state, so that a filter change never re-uploads data). */
const isFilteredOut: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false]

function geometryFilter(types: string[]): ExpressionSpecification {
  return ['in', ['geometry-type'], ['literal', types]]
}

/** Ids of the MapLibre layers built for a catalogue layer (for visibility, opacity and queries). */
export function mapLayerIds(definition: LayerDefinition): string[] {
  return thematicLayers(definition).map((layer) => layer.id)
}

export function thematicLayers(definition: LayerDefinition): LayerSpecification[] {
  const source = definition.id
  const colour = colourExpression(definition.style)
  const polygons: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: geometryFilter(['Polygon', 'MultiPolygon']),
      paint: { 'fill-color': colour, 'fill-opacity': ['case', isHovered, 0.85, 0.6] },
    },
    {
      id: `${source}-outline`,
      type: 'line',
      source,
      filter: geometryFilter(['Polygon', 'MultiPolygon']),
      paint: { 'line-color': ['case', isSelected, '#111111', colour], 'line-width': ['case', isSelected, 3, isHovered, 2, 1] },
    },
  ]
  const lines: LayerSpecification[] = [
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: geometryFilter(['LineString', 'MultiLineString']),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': ['case', isSelected, 6, isHovered, 5, 3.5] },
    },
  ]
  const points: LayerSpecification[] = [
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      filter: geometryFilter(['Point', 'MultiPoint']),
      paint: {
        'circle-color': colour,
        'circle-radius': ['case', isFilteredOut, 0, isSelected, 10, isHovered, 9, 7],
        'circle-stroke-width': ['case', isFilteredOut, 0, isSelected, 3, 1.5],
        'circle-stroke-color': ['case', isSelected, '#111111', '#ffffff'],
        'circle-opacity': ['case', isFilteredOut, 0, 1],
        'circle-stroke-opacity': ['case', isFilteredOut, 0, 1],
      },
    },
  ]
  switch (definition.geometry) {
    case 'point':
      return points
    case 'line':
      return lines
    case 'polygon':
      return polygons
    case 'mixed':
      return [...polygons, ...lines, ...points]
  }
}
