/**
 * The map layers that draw a water-class layer's sections: a marker filled with the month's class colour,
 * a ring for its change against the compare month (环比/同比: green better, red worse), and the class
 * numeral on it, so that colour is never the only signal (issue #8).
 *
 * What a clock step or a filter change costs here is MapLibre evaluating again, for every section whose
 * state changed, each paint property that reads feature-state, and uploading those properties' buffers.
 * A property that reads the zoom as well (a zoom `interpolate` around state cases) is evaluated twice per
 * feature and stores two values per vertex. At 10,000 sections the markers that grew with the zoom cost a
 * step twice what the bare page's dots do (26–37 ms against 12–23 in the same run, docs/performance.md,
 * session 10). So a dense layer is drawn by two layers:
 * - `-circle`, at every zoom: dots of one size, whose paint reads feature-state in plain `case`s only, with
 *   a ring of constant width (only its colour changes): what a step at the district view evaluates;
 * - `-circle-near`, from NUMERAL_DENSE_MIN_ZOOM: the markers that grow to hold the numerals. MapLibre makes
 *   no buckets for a layer below its minzoom, so this layer costs nothing at the district view.
 * A sparse layer (the district's 45 sections) keeps one marker that grows from NUMERAL_MIN_ZOOM; its near
 * layer is given an empty zoom range, so that a layer's map ids never depend on its size (several modules
 * read them without knowing it: use-layer-sync, draw-order, use-map-interactions).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { NUMERAL_TEXT_COLOURS, WATER_CLASSES, WATER_CLASS_NAMES } from '@/domain/water-quality/index.ts'
import { canvasText } from './canvas-text.ts'
import { change, isHidden, isSelected, stateRadius } from './feature-state-expressions.ts'

type Expression = ExpressionSpecification

/**
 * The class numerals written on the section markers, in Latin letters, because a canvas may draw the
 * Number Forms Ⅴ empty (canvas-text.ts).
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
 * Radius of a dense layer's section dots: 10,000 markers of the district view's 9–10 px would cover one
 * another and the district (a carpet, not a map), and every clock step redraws each marker's square,
 * which on a device without a fast GPU is most of the step's time (docs/performance.md).
 */
export const DENSE_RADIUS = 3
/** Ring of a dense layer's dots: one width, so that only its colour reads feature-state. */
const DENSE_RING_WIDTH = 1

const POINTS: Expression = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]]
const TRANSPARENT = 'rgba(0, 0, 0, 0)'

/** Ring colour: black when selected, else green or red when the class changed against the compare month. */
function ringColour(hiddenColour?: string): Expression {
  const shown: Expression = ['case', isSelected, '#111111', ['match', change, 'better', '#1b5e20', 'worse', '#b71c1c', '#ffffff']]
  return hiddenColour === undefined ? shown : ['case', isHidden, hiddenColour, shown]
}

/** A marker that grows with the zoom between `stops` ([zoom, plain radius]) to hold its numeral. */
function growingMarkerPaint(colour: Expression | string, stops: [number, number][]): Record<string, unknown> {
  return {
    'circle-color': colour,
    // A zoom expression must be the top-level interpolate, so the state cases sit inside its stops.
    'circle-radius': ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([zoom, plain]) => [zoom, stateRadius(plain)])],
    'circle-stroke-width': ['case', isHidden, 0, isSelected, 3, ['match', change, ['better', 'worse'], 3, 1.5]],
    'circle-stroke-color': ringColour(),
    'circle-opacity': 1,
    'circle-stroke-opacity': 1,
  }
}

/**
 * A dense layer's dots: class colour, radius and ring colour read feature-state, nothing reads the zoom.
 * A hidden dot has radius 0 and a transparent ring (a ring of constant width around radius 0 would still
 * draw a speck).
 */
function dotPaint(colour: Expression | string): Record<string, unknown> {
  return {
    'circle-color': colour,
    'circle-radius': stateRadius(DENSE_RADIUS),
    'circle-stroke-width': DENSE_RING_WIDTH,
    'circle-stroke-color': ringColour(TRANSPARENT),
    'circle-opacity': 1,
    'circle-stroke-opacity': 1,
  }
}

/**
 * One symbol layer per class with a fixed text: the month's class only switches text-opacity through
 * feature-state, so a clock step never re-lays out symbols (a text-field cannot read feature-state).
 */
function numeralLayers(source: string, minzoom: number): LayerSpecification[] {
  return NUMERALS.map((numeral, index) => ({
    id: `${source}-numeral-${index + 1}`,
    type: 'symbol',
    source,
    minzoom,
    filter: POINTS,
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

/**
 * The layers of a water-class source: its markers (`-circle`, `-circle-near`), then its six numerals.
 * `radius` is the layer's point radius; `featureCount` decides whether it is dense.
 */
export function sectionMarkerLayers(source: string, colour: Expression | string, radius: number, featureCount: number): LayerSpecification[] {
  const dense = featureCount > NUMERAL_DENSE_FEATURE_COUNT
  // Markers as big as a sparse layer's from the numeral zoom on: radius + 2 at NUMERAL_MIN_ZOOM to radius + 5 at 12.
  const sparseStops: [number, number][] = [[NUMERAL_MIN_ZOOM, radius + 2], [12, radius + 5]]
  const nearStops: [number, number][] = [[NUMERAL_DENSE_MIN_ZOOM, radius + 3], [12, radius + 5]]
  const circle = { id: `${source}-circle`, type: 'circle', source, filter: POINTS }
  return [
    { ...circle, paint: dense ? dotPaint(colour) : growingMarkerPaint(colour, sparseStops) },
    {
      ...circle,
      id: `${source}-circle-near`,
      minzoom: NUMERAL_DENSE_MIN_ZOOM,
      // A sparse layer's markers already grow in `-circle`: an empty zoom range, never drawn, no buckets.
      ...(dense ? {} : { maxzoom: NUMERAL_DENSE_MIN_ZOOM }),
      paint: growingMarkerPaint(colour, nearStops),
    },
    ...numeralLayers(source, dense ? NUMERAL_DENSE_MIN_ZOOM : NUMERAL_MIN_ZOOM),
  ] as LayerSpecification[]
}
