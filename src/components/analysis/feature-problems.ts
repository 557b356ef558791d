/**
 * Per-feature data problems of a layer, as short texts: unknown stage names and bad dates
 * (validateStageHistory), negative or non-numeric concentrations (validateSoilValues), self-intersecting
 * or broken geometry (validateGeometry), and green-project vocabulary (validateGreenFeature). Reporting
 * them keeps one bad feature from hiding the rest.
 */
import type { Feature, Geometry } from 'geojson'
import { validateStageHistory } from '@/domain/remediation/index.ts'
import { validateSoilValues } from '@/domain/soil/index.ts'
import { validateGeometry } from '@/domain/spatial/index.ts'
import { validateGreenFeature } from '@/domain/greenery/index.ts'

type AnyFeature = Feature<Geometry | null>

export function featureProblems(layerId: string, feature: AnyFeature): string[] {
  const properties = feature.properties ?? {}
  const messages = validateGeometry(feature).map((problem) => problem.message)
  if (layerId === 'remediation-plots') messages.push(...validateStageHistory(properties.stageHistory).map((problem) => problem.message))
  // Parcels without measurements are "not sampled", not a problem; only a present record is checked.
  if (layerId === 'soil-parcels' && properties.measurements !== undefined) {
    messages.push(...validateSoilValues(properties.measurements).map((problem) => problem.message))
  }
  if (layerId === 'greenways') messages.push(...validateGreenFeature(feature).map((problem) => problem.message))
  return messages
}
