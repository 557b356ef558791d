/** The stages as legend entries for a categorical map style on the `stage` property. */
import type { CategoryEntry } from '../layers/types.ts'
import { REMEDIATION_STAGES } from './stages.ts'

export function stageLegendEntries(): CategoryEntry[] {
  return REMEDIATION_STAGES.map((stage) => ({ value: stage.code, colour: stage.colour, label: { zh: stage.nameZh, en: stage.nameEn } }))
}
