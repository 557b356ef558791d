/**
 * Per-feature data problems of a layer: unknown stage names and bad dates (validateStageHistory),
 * negative or non-numeric concentrations (validateSoilValues), self-intersecting or broken geometry
 * (validateGeometry), and green-project vocabulary (validateGreenFeature). Reporting them keeps one bad
 * feature from hiding the rest. The list keeps each problem's kind and fields so that problem-text.ts
 * can word it in the planner's language.
 */
import type { Feature, Geometry } from 'geojson'
import type { Locale } from '@/domain/layers/types.ts'
import { validateStageHistory } from '@/domain/remediation/index.ts'
import { validateSoilValues } from '@/domain/soil/index.ts'
import { validateGeometry } from '@/domain/spatial/validate.ts'
import { validateGreenFeature } from '@/domain/greenery/index.ts'
import { problemText, type FeatureProblem } from './problem-text.ts'

type AnyFeature = Feature<Geometry | null>

/** Every problem of the feature, tagged by validator: geometry first, then the layer's own rules. */
export function featureProblemList(layerId: string, feature: AnyFeature): FeatureProblem[] {
  const properties = feature.properties ?? {}
  const problems: FeatureProblem[] = validateGeometry(feature).map((problem) => ({ source: 'geometry', problem }))
  if (layerId === 'remediation-plots') problems.push(...validateStageHistory(properties.stageHistory).map((problem) => ({ source: 'stage' as const, problem })))
  // Parcels without measurements are "not sampled", not a problem; only a present record is checked.
  if (layerId === 'soil-parcels' && properties.measurements !== undefined) {
    problems.push(...validateSoilValues(properties.measurements).map((problem) => ({ source: 'soil' as const, problem })))
  }
  if (layerId === 'greenways') problems.push(...validateGreenFeature(feature).map((problem) => ({ source: 'green' as const, problem })))
  return problems
}

/**
 * The problems as short texts: in the planner's language when `locale` is given; without it, the
 * validators' English developer messages (kept for callers that have not passed a locale yet).
 */
export function featureProblems(layerId: string, feature: AnyFeature, locale?: Locale): string[] {
  return featureProblemList(layerId, feature).map((entry) => (locale ? problemText(entry, locale) : entry.problem.message))
}
