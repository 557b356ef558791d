/** Legend entries and display names of the remediation stages, from the domain's stage table. */
import type { CategoryEntry, LocalizedText } from '@/domain/layers/types.ts'
import { REMEDIATION_STAGES } from '@/domain/remediation/index.ts'

export const REMEDIATION_STAGE_ENTRIES: CategoryEntry[] = REMEDIATION_STAGES.map((stage) => ({
  value: stage.code,
  colour: stage.colour,
  label: { zh: stage.nameZh, en: stage.nameEn },
}))

export const STAGE_NAMES: Record<string, LocalizedText> = Object.fromEntries(
  REMEDIATION_STAGES.map((stage) => [stage.code, { zh: stage.nameZh, en: stage.nameEn }]),
)
