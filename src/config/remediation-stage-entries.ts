/** Legend entries of the remediation stages, from the domain's stage table (their names: domain/families/land). */
import type { CategoryEntry } from '@/domain/layers/types.ts'
import { REMEDIATION_STAGES } from '@/domain/remediation/index.ts'

export const REMEDIATION_STAGE_ENTRIES: CategoryEntry[] = REMEDIATION_STAGES.map((stage) => ({
  value: stage.code,
  colour: stage.colour,
  label: { zh: stage.nameZh, en: stage.nameEn },
}))
