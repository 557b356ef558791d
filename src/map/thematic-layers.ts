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
import { NUMERAL_TEXT_COLOURS, WATER_CLASSES, WATER_CLASS_NAMES } from '@/domain/water-quality/index.ts'
import { canvasText } from './canvas-text.ts'
import { FEATURE_STYLE, IMPORTED_OUTLINE_WIDTH, baseFillOpacity, fileColour, fileNumber } from './file-style-paint.ts'

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

const isHovered: Expression = ['boolean', ['feature-state', 'hover'], false]
const isSelected: Expression = ['boolean', ['feature-state', 'selected'], false]
const isHidden: Expression = ['boolean', ['feature-state', 'hidden'], false]
const emphasis: Expression = ['number', ['coalesce', ['feature-state', 'emphasis'], 1]]
const change: Expression = ['string', ['coalesce', ['feature-state', 'change'], 'unknown']]

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

/**
 * The class numerals written on the section markers, so that colour is never the only signal (issue #8);
 * in Latin letters, because a canvas may draw the Number Forms Ⅴ empty (canvas-text.ts).
 */
const NUMERALS = WATER_CLASSES.map((waterClass) => canvasText(WATER_CLASS_NAMES[waterClass]))
/**
 * Zoom from which numerals are drawn. The district view (zoom ≈ 9.6 on a tablet, 10.2 on a PC) must carry
 * them: that is where planners and leaders look at the classes. Below it (all of Shanghai) the markers
 * are too small to hold a numeral.
 */
export const NUMERAL_MIN_ZOOM = 9
/**
 * A layer with more sections than this gets its numerals only from NUMERAL_DENSE_MIN_ZOOM: thousands of
 * numerals at the district view would be an unreadable carpet and would cost every clock step a symbol
 * re-evaluation per feature (measured with `npm run bench`, docs/performance.md).
 */
export const NUMERAL_DENSE_FEATURE_COUNT = 1000
export const NUMERAL_DENSE_MIN_ZOOM = 11
/**
 * Radius of a dense layer's section dots below the zoom where their numerals start: 10,000 markers of the
 * district view's 9–10 px would cover one another and the district (a carpet, not a map), and every clock
 * step redraws each marker's square, which on a device without a fast GPU is most of the step's time
 * (docs/performance.md). From NUMERAL_DENSE_MIN_ZOOM they grow to hold their numerals, as a sparse layer's.
 */
export const DENSE_RADIUS = 2.5

export interface ThematicLayerOptions {
  /** Features in the layer's source, when known: decides from which zoom numerals are drawn. */
  featureCount?: number
}

/**
 * One symbol layer per class with a fixed text: the month's class only switches text-opacity through
 * feature-state, so a clock step never re-lays out symbols (a text-field cannot read feature-state).
 */
function numeralLayers(source: string, featureCount: number): LayerSpecification[] {
  const minzoom = featureCount > NUMERAL_DENSE_FEATURE_COUNT ? NUMERAL_DENSE_MIN_ZOOM : NUMERAL_MIN_ZOOM
  return NUMERALS.map((numeral, index) => ({
    id: `${source}-numeral-${index + 1}`,
    type: 'symbol',
    source,
    minzoom,
    filter: geometryFilter(['Point', 'MultiPoint']),
    layout: {
      'text-field': numeral,
      'text-size': ['interpolate', ['linear'], ['zoom'], 9, index === 5 ? 7 : 9, 12, index === 5 ? 9 : 11],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: {
      // The numeral colour with the higher contrast on the marker's fill (WCAG 2.1 SC 1.4.3, domain water-class).
      'text-color': NUMERAL_TEXT_COLOURS[WATER_CLASSES[index]!],
      'text-opacity': ['case', isHidden, 0, ['==', ['coalesce', ['feature-state', 'waterClass'], 0], index + 1], 1, 0],
    },
  }))
}

export function thematicLayers(definition: LayerDefinition, options: ThematicLayerOptions = {}): LayerSpecification[] {
  const source = definition.id
  const colour = colourExpression(definition.style)
  const radius = definition.pointRadius ?? 5
  const dense = definition.style.kind === 'water-class' && (options.featureCount ?? 0) > NUMERAL_DENSE_FEATURE_COUNT
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
  const points: LayerSpecification[] = [
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      filter: geometryFilter(['Point', 'MultiPoint']),
      paint: {
        'circle-color': fileColour(definition, FEATURE_STYLE.marker, colour),
        // Sections grow towards the numeral zoom so that the numeral fits inside the marker (a zoom
        // expression must be the top-level interpolate, so the state cases sit inside its stops).
        'circle-radius': definition.style.kind !== 'water-class'
          ? ['case', isHidden, 0, isSelected, radius + 3, isHovered, radius + 2, radius]
          : dense
            ? ['interpolate', ['linear'], ['zoom'],
              9, ['case', isHidden, 0, isSelected, DENSE_RADIUS + 3, isHovered, DENSE_RADIUS + 2, DENSE_RADIUS],
              10.5, ['case', isHidden, 0, isSelected, DENSE_RADIUS + 4, isHovered, DENSE_RADIUS + 3, DENSE_RADIUS + 1],
              NUMERAL_DENSE_MIN_ZOOM, ['case', isHidden, 0, isSelected, radius + 6, isHovered, radius + 5, radius + 3],
              12, ['case', isHidden, 0, isSelected, radius + 8, isHovered, radius + 7, radius + 5]]
            : ['interpolate', ['linear'], ['zoom'],
              9, ['case', isHidden, 0, isSelected, radius + 5, isHovered, radius + 4, radius + 2],
              12, ['case', isHidden, 0, isSelected, radius + 8, isHovered, radius + 7, radius + 5]],
        // A ring says how the class changed against the compare month (环比/同比): green better, red worse.
        // On the small dots of a dense layer it is thinner, or the ring would hide the class colour.
        'circle-stroke-width': dense
          ? ['case', isHidden, 0, isSelected, 2, ['match', change, ['better', 'worse'], 1.5, 0.75]]
          : ['case', isHidden, 0, isSelected, 3, ['match', change, ['better', 'worse'], 3, 1.5]],
        'circle-stroke-color': ['case', isSelected, '#111111', ['match', change, 'better', '#1b5e20', 'worse', '#b71c1c', '#ffffff']],
        // Sections hide by radius alone: every paint property that reads feature-state is re-evaluated for
        // each changed feature on a clock step, so the water layer keeps that list short (docs/performance.md).
        'circle-opacity': definition.style.kind === 'water-class' ? 1 : shownOpacity(fileNumber(definition, FEATURE_STYLE.markerOpacity, 1)),
        'circle-stroke-opacity': definition.style.kind === 'water-class' ? 1 : shownOpacity(1),
      },
    },
  ]
  const markers = definition.style.kind === 'water-class' ? [...points, ...numeralLayers(source, options.featureCount ?? 0)] : points
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
