/**
 * Per-feature data problems of a layer: self-intersecting or broken geometry (validateGeometry) for every
 * layer, then the checks of the layer's family (domain/families/<family>/analysis.ts: stage histories, soil
 * concentrations, green-project vocabulary). Reporting them keeps one bad feature from hiding the rest.
 * The list keeps each problem's kind and fields so that problem-text.ts can word it in the planner's language.
 */
import type { Feature, Geometry } from 'geojson'
import type { LayerFamily, Locale } from '@/domain/layers/types.ts'
import { validateGeometry } from '@/domain/spatial/validate.ts'
import { FAMILY_ANALYSIS } from '@/domain/families/analysis-registry.ts'
import { problemText, type FeatureProblem } from './problem-text.ts'

type AnyFeature = Feature<Geometry | null>

/** A layer as the checks need it: its id and its family (a catalogue entry is one). */
export interface CheckedLayer {
  id: string
  family: LayerFamily
}

/** Every problem of the feature, tagged by validator: geometry first, then the family's own rules. */
export function featureProblemList(layer: CheckedLayer, feature: AnyFeature): FeatureProblem[] {
  const problems: FeatureProblem[] = validateGeometry(feature).map((problem) => ({ source: 'geometry', problem }))
  problems.push(...(FAMILY_ANALYSIS[layer.family].problems?.(layer.id, feature) ?? []))
  return problems
}

/**
 * The problems as short texts: in the planner's language when `locale` is given; without it, the
 * validators' English developer messages (kept for callers that have not passed a locale yet).
 */
export function featureProblems(layer: CheckedLayer, feature: AnyFeature, locale?: Locale): string[] {
  return featureProblemList(layer, feature).map((entry) => (locale ? problemText(entry, locale) : entry.problem.message))
}
