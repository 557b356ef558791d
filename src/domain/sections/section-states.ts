/**
 * Joins the clock's classes with each section's fixed properties into the states the filters, the map
 * and the list read: class, target attainment, and change against the compare reference (环比/同比).
 */
import { compareClasses, type FilterableSection, type SectionState, type WaterClass } from '../filters/index.ts'
import { meetsTarget } from '../water-quality/index.ts'

export interface SectionInfo extends FilterableSection {
  name: string
  /** The English name (`name_en`), when the data has one. */
  nameEn?: string
  targetClass: WaterClass
}

/** Reads the SectionInfo of a sections.geojson feature's properties (unknown values fall back safely). */
export function sectionInfoOf(properties: Record<string, unknown>): SectionInfo {
  const level = properties.level
  const target = Number(properties.targetClass)
  return {
    id: String(properties.id),
    name: String(properties.name ?? properties.id),
    ...(typeof properties.name_en === 'string' && properties.name_en.trim() !== '' ? { nameEn: properties.name_en } : {}),
    river: String(properties.river ?? ''),
    town: String(properties.town ?? ''),
    level: level === 'national' || level === 'municipal' || level === 'district' || level === 'town' ? level : 'town',
    targetClass: (target >= 1 && target <= 6 ? target : 5) as WaterClass,
  }
}

const asClass = (value: number | undefined): WaterClass | null => (value && value >= 1 && value <= 6 ? (value as WaterClass) : null)

/**
 * `current[i]` and `reference[i]` are the classes (0 = no sample) of `sections[i]`; `reference` is null
 * when comparing is off.
 */
export function sectionStates(
  sections: readonly SectionInfo[],
  current: ArrayLike<number>,
  reference: ArrayLike<number> | null,
): SectionState[] {
  return sections.map((section, index) => {
    const waterClass = asClass(current[index])
    const met = meetsTarget(waterClass, section.targetClass)
    return {
      waterClass,
      attainment: met === null ? null : met ? 'met' : 'unmet',
      change: reference ? compareClasses(waterClass, asClass(reference[index])) : 'unknown',
    }
  })
}
