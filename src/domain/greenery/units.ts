/**
 * Area units used in the bureau's reports. 1 亩 = 10 000 / 15 m² = 666.666… m²; the project brief
 * (issue #4) fixes the rounded 666.67 m², and so do we, so that "1350 亩" turns into the same hectares a
 * planner would compute by hand. 亩 is a traditional (市制) unit, not a legal SI unit, but it is still how
 * the bureau's work report states corridor areas ("生态廊道 1350 亩").
 */
export const SQUARE_METRES_PER_MU = 666.67
export const SQUARE_METRES_PER_HECTARE = 10_000
export const METRES_PER_KILOMETRE = 1_000

export function squareMetresToHectares(squareMetres: number): number {
  return squareMetres / SQUARE_METRES_PER_HECTARE
}

export function squareMetresToMu(squareMetres: number): number {
  return squareMetres / SQUARE_METRES_PER_MU
}
