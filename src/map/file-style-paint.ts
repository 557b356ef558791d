/**
 * Paint pieces for a layer drawn with its file's own colours (LayerDefinition.fileStyle): each reads a
 * checked `style:*` property (data/import/feature-style.ts) and falls back to the layer's own paint for a
 * feature without one. Imported polygons default to an outline with a light fill (issue 12 item 5), so
 * that what lies under them — sections, rivers, the basemap — stays readable.
 */
import type { ExpressionSpecification } from 'maplibre-gl'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { FEATURE_STYLE } from '@/data/import/feature-style.ts'

type Expression = ExpressionSpecification

/** Fill opacity of an imported polygon without a file style: light enough to read what is under it. */
export const IMPORTED_FILL_OPACITY = 0.25
/** Outline width of an imported polygon without a file style, in pixels. */
export const IMPORTED_OUTLINE_WIDTH = 2
/** Used only if a stored value is somehow not a colour: MapLibre then never sees an invalid one. */
const UNREADABLE_COLOUR = '#9e9e9e'

export type StyleKey = (typeof FEATURE_STYLE)[keyof typeof FEATURE_STYLE]

function honoured(definition: LayerDefinition): boolean {
  return definition.fileStyle === true
}

/** The feature's file colour under `key`, else `fallback`. */
export function fileColour(definition: LayerDefinition, key: StyleKey, fallback: Expression | string): Expression | string {
  if (!honoured(definition)) return fallback
  return ['case', ['has', key], ['to-color', ['get', key], UNREADABLE_COLOUR], fallback] as unknown as Expression
}

/** The feature's file number under `key` (opacity, width), else `fallback`. */
export function fileNumber(definition: LayerDefinition, key: StyleKey, fallback: Expression | number): Expression | number {
  if (!honoured(definition)) return fallback
  // `has` first: to-number turns a missing value (null) into 0, which would hide the feature.
  const fallbackNumber = typeof fallback === 'number' ? fallback : 1
  return ['case', ['has', key], ['to-number', ['get', key], fallbackNumber], fallback] as unknown as Expression
}

/** Base fill opacity of a polygon layer: light for imports, as before for the shipped layers. */
export function baseFillOpacity(definition: LayerDefinition): Expression | number {
  return definition.family === 'imported' ? fileNumber(definition, FEATURE_STYLE.fillOpacity, IMPORTED_FILL_OPACITY) : 0.6
}

export { FEATURE_STYLE }
