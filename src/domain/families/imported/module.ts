/**
 * The planner's imported layers: drawn as in their file at every moment, described by their catalogue
 * entry alone (stores/catalogue.ts); nothing is derived and no value is coded.
 */
import type { FamilyModule } from '../types.ts'

export const IMPORTED_FAMILY: FamilyModule = { family: 'imported' }
