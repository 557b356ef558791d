/**
 * The section register as the assessment board needs it, read from the sections layer's properties
 * (id, name, name_en, river, town, level, targetClass, waterbody). A missing or unreadable target stays
 * null — the board lists such sections as "no target", never as met.
 */
import type { AssessmentSection } from '@/domain/assessment/index.ts'
import { isWaterClass } from '@/domain/water-quality/index.ts'

interface FeatureLike {
  id?: string | number | undefined
  properties: Record<string, unknown> | null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

export function assessmentSections(features: readonly FeatureLike[]): AssessmentSection[] {
  return features.map((feature) => {
    const properties = feature.properties ?? {}
    const id = text(properties.id) ?? String(feature.id ?? '')
    const target = Number(properties.targetClass)
    const section: AssessmentSection = {
      id,
      name: text(properties.name) ?? id,
      river: text(properties.river),
      town: text(properties.town),
      level: text(properties.level),
      targetClass: isWaterClass(target) && target <= 5 ? target : null,
      waterbody: properties.waterbody === 'lake' ? 'lake' : 'river',
    }
    const nameEn = text(properties.name_en)
    return nameEn === null ? section : { ...section, nameEn }
  })
}
