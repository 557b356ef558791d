/**
 * The feature-state reads the thematic layers share (thematic-layers.ts, section-markers.ts): what the
 * pointer, the selection, the clock and the filters say of each feature, written by use-map-interactions,
 * use-layer-sync and use-clock-sync.
 */
import type { ExpressionSpecification } from 'maplibre-gl'

type Expression = ExpressionSpecification

export const isHovered: Expression = ['boolean', ['feature-state', 'hover'], false]
export const isSelected: Expression = ['boolean', ['feature-state', 'selected'], false]
export const isHidden: Expression = ['boolean', ['feature-state', 'hidden'], false]
export const emphasis: Expression = ['number', ['coalesce', ['feature-state', 'emphasis'], 1]]
/** The section's class against the compare month (环比/同比): 'better', 'worse', 'same' or 'unknown'. */
export const change: Expression = ['string', ['coalesce', ['feature-state', 'change'], 'unknown']]

/** A marker's radius: `plain`, 2 px more when hovered, 3 px more when selected, 0 when hidden. */
export function stateRadius(plain: number): Expression {
  return ['case', isHidden, 0, isSelected, plain + 3, isHovered, plain + 2, plain]
}
