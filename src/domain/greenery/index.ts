export { SQUARE_METRES_PER_MU, SQUARE_METRES_PER_HECTARE, METRES_PER_KILOMETRE, squareMetresToHectares, squareMetresToMu } from './units.ts'
export { lengthKm, areaM2, areaHa, areaMu, declaredAreaM2 } from './measure.ts'
export {
  GREEN_KIND_CODES,
  GREEN_STATUS_CODES,
  isGreenKind,
  isGreenStatus,
  greenTotals,
  isActiveAt,
  projectPhaseAt,
  validateGreenFeature,
} from './projects.ts'
export type { GreenKind, GreenStatus, ProjectPhase, GreenTotals, GreenTotalsFilter, GreenProblem, GreenProblemKind } from './projects.ts'
export { GREEN_KIND_MEASURES, greenKindTotal, formatGreenKindTotal } from './kind-measure.ts'
export type { GreenMeasure } from './kind-measure.ts'
