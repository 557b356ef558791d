/**
 * Pure builders: a catalogue entry → the MapLibre layers that draw it. Everything the clock and the
 * filters change is read from feature-state — the month's water class (`waterClass`), its change
 * (`change`), whether a filter or the clock hides it (`hidden`), how strongly it is drawn (`emphasis`),
 * the stage in force (`stage`) — so a slider step or a filter change only touches paint buffers and never
 * re-uploads data. Hover and selection are feature-state too.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { LayerDefinition, LayerStyle } from '@/domain/layers/types.ts'
import { NO_DATA_COLOUR, WATER_CLASS_COLOUR_LIST } from '@/config/water-class-palette.ts'
import { emphasis, isHidden, isHovered, isSelected, stateRadius } from './feature-state-expressions.ts'
import { FEATURE_STYLE, IMPORTED_OUTLINE_WIDTH, baseFillOpacity, fileColour, fileNumber } from './file-style-paint.ts'
import { sectionMarkerLayers } from './section-markers.ts'

export { NUMERAL_DENSE_FEATURE_COUNT, NUMERAL_DENSE_MIN_ZOOM, NUMERAL_MIN_ZOOM } from './section-markers.ts'

type Expression = ExpressionSpecification

export function colourExpression(style: LayerStyle): Expression | string {
  switch (style.kind) {
    case 'single':
      return style.colour
    case 'water-class': {
      const stops = WATER_CLASS_COLOUR_LIST.flatMap((colour, index) => [index + 1, colour])
      return ['match', ['coalesce', ['feature-state', 'waterClass'], 0], ...stops, NO_DATA_COLOUR] as unknown as Expression
    }
    case 'graduated': {
      if (style.stops.length === 0) return style.fallbackColour
      const [first, ...rest] = style.stops
      const steps = rest.flatMap((stop) => [stop.value, stop.colour])
      const value = ['to-number', ['get', style.property], Number.NaN]
      // NaN (missing or text) takes the fallback colour; below the first stop takes the first colour.
      return ['case', ['==', value, value], ['step', value, first!.colour, ...steps], style.fallbackColour] as unknown as Expression
    }
    case 'categorical': {
      if (style.entries.length === 0) return style.fallbackColour
      const stops = style.entries.flatMap((entry) => [entry.value, entry.colour])
      const value = style.stateProperty
        ? ['to-string', ['coalesce', ['feature-state', style.stateProperty], ['get', style.property]]]
        : ['to-string', ['get', style.property]]
      return ['match', value, ...stops, style.fallbackColour] as unknown as Expression
    }
  }
}

/** Opacity that is 0 when hidden, else `visible` scaled by the clock's emphasis. */
function shownOpacity(visible: Expression | number): Expression {
  return ['case', isHidden, 0, ['*', emphasis, visible]]
}

/** `value + extra`, folded to a number when `value` is one (keeps the shipped layers' paint literal). */
function plus(value: Expression | number, extra: number): Expression | number {
  return typeof value === 'number' ? value + extra : ['+', value, extra]
}

function geometryFilter(types: string[]): Expression {
  return ['in', ['geometry-type'], ['literal', types]]
}

/** Ids of the MapLibre layers built for a catalogue layer (for visibility, opacity and queries). */
export function mapLayerIds(definition: LayerDefinition): string[] {
  return thematicLayers(definition).map((layer) => layer.id)
}

export interface ThematicLayerOptions {
  /** Features in the layer's source, when known: decides from which zoom numerals are drawn. */
  featureCount?: number
}

export function thematicLayers(definition: LayerDefinition, options: ThematicLayerOptions = {}): LayerSpecification[] {
  const source = definition.id
  const colour = colourExpression(definition.style)
  const radius = definition.pointRadius ?? 5
  const imported = definition.family === 'imported'
  const fillOpacity = baseFillOpacity(definition)
  const outlineWidth = fileNumber(definition, FEATURE_STYLE.strokeWidth, imported ? IMPORTED_OUTLINE_WIDTH : 1)
  const lineWidth = fileNumber(definition, FEATURE_STYLE.strokeWidth, 3.5)
  const polygons: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: geometryFilter(['Polygon', 'MultiPolygon']),
      paint: {
        'fill-color': fileColour(definition, FEATURE_STYLE.fill, colour),
        'fill-opacity': shownOpacity(
          typeof fillOpacity === 'number' && !imported ? ['case', isHovered, 0.85, 0.6] : ['case', isHovered, ['min', 1, ['+', fillOpacity, 0.2]], fillOpacity],
        ),
      },
    },
    {
      id: `${source}-outline`,
      type: 'line',
      source,
      filter: geometryFilter(['Polygon', 'MultiPolygon']),
      paint: {
        'line-color': ['case', isSelected, '#111111', fileColour(definition, FEATURE_STYLE.stroke, colour)],
        'line-width': ['case', isSelected, 3, isHovered, plus(outlineWidth, 1), outlineWidth],
        'line-opacity': shownOpacity(fileNumber(definition, FEATURE_STYLE.strokeOpacity, 1)),
      },
    },
  ] as LayerSpecification[]
  const lines: LayerSpecification[] = [
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: geometryFilter(['LineString', 'MultiLineString']),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': fileColour(definition, FEATURE_STYLE.stroke, colour),
        'line-width': ['case', isSelected, plus(lineWidth, 2.5), isHovered, plus(lineWidth, 1.5), lineWidth],
        'line-opacity': shownOpacity(fileNumber(definition, FEATURE_STYLE.strokeOpacity, 1)),
      },
    },
  ] as LayerSpecification[]
  // Sections have their own markers (section-markers.ts); any other point is one circle.
  const markers: LayerSpecification[] = definition.style.kind === 'water-class'
    ? sectionMarkerLayers(source, colour, radius, options.featureCount ?? 0)
    : [
        {
          id: `${source}-circle`,
          type: 'circle',
          source,
          filter: geometryFilter(['Point', 'MultiPoint']),
          paint: {
            'circle-color': fileColour(definition, FEATURE_STYLE.marker, colour),
            'circle-radius': stateRadius(radius),
            'circle-stroke-width': ['case', isHidden, 0, isSelected, 3, 1.5],
            'circle-stroke-color': ['case', isSelected, '#111111', '#ffffff'],
            'circle-opacity': shownOpacity(fileNumber(definition, FEATURE_STYLE.markerOpacity, 1)),
            'circle-stroke-opacity': shownOpacity(1),
          },
        },
      ]
  switch (definition.geometry) {
    case 'point':
      return markers
    case 'line':
      return lines
    case 'polygon':
      return polygons
    case 'mixed':
      return [...polygons, ...lines, ...markers]
  }
}
