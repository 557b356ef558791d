export { SOIL_ITEMS, soilItem, normaliseCas } from './gb36600.ts'
export type { SoilItem, SoilGroup } from './gb36600.ts'
export {
  screenSoil,
  validateSoilValues,
  exceedances,
  worseVerdict,
  landClassOf,
  SOIL_VERDICTS,
  SOIL_VERDICT_NAMES,
} from './screen.ts'
export type { SoilVerdict, LandClass, SoilItemResult, SoilProblem, SoilProblemKind, SoilScreening } from './screen.ts'
