/** Legend entries and names of the remediation stages. Temporary until src/domain/remediation lands. */
import type { CategoryEntry, LocalizedText } from '@/domain/layers/types.ts'
export const REMEDIATION_STAGE_ENTRIES: CategoryEntry[] = []
export const STAGE_NAMES: Record<string, LocalizedText> = {}
