/** Imported layers on first use: no checks of their own; statistics by the usual property names and their geometry. */
import type { FamilyAnalysis } from '../types.ts'

export const IMPORTED_ANALYSIS: FamilyAnalysis = {}
