/**
 * The design of the sample data: for every section a 2019 annual mean per routine item, chosen so that
 * the classes reproduce the bureau's 2019 figures (district-eco-bureau-work-report-2020.txt: national
 * 金汇港-钱桥 Ⅲ, 2 municipal Ⅲ, 15 municipal Ⅳ, all 18 meet targets), and the 2018 / 2020 factors that
 * make 2018 a little worse and 2020 a little better. SAMPLE DATA: invented numbers, not measurements.
 */
import type { Random } from './random.ts'

export type SectionLevel = 'national' | 'municipal' | 'district' | 'town'

export interface SectionInput {
  id: string
  name: string
  level: SectionLevel
  targetClass: number
}

export type RoutineItem = 'pH' | 'DO' | 'CODMn' | 'COD' | 'BOD5' | 'NH3N' | 'TP' | 'TN'

export type Role =
  | 'national'
  | 'municipal-three'
  | 'municipal-four'
  | 'district-three'
  | 'district'
  /** District sections that reach Ⅲ in 2019 after a Ⅳ 2018 (the report's "略有改善"). */
  | 'district-improving'
  | 'town'
  /** Town sections that were Ⅴ / 劣Ⅴ in 2018 (the report's "劣Ⅴ类断面数量也稳步下降"). */
  | 'town-polluted'

export interface SectionProfile {
  section: SectionInput
  role: Role
  /** Designed 2019 annual mean per routine item (before the TP/NH3N calibration of non-assessed sections). */
  design: Partial<Record<RoutineItem, number>>
  /** Multipliers of the design for 2018 and 2020 (DO is divided: a better year has more oxygen). */
  yearFactor: Record<2018 | 2019 | 2020, number>
  /** Assessed sections (national + municipal) also measure COD, BOD5 and the quarterly metals. */
  assessed: boolean
  /** TP and NH3N of this section are scaled to match the report's 45-section means ('district' and 'town'). */
  calibrated: boolean
}

/** How many district sections improve to Ⅲ in 2019 and how many town sections were Ⅴ/劣Ⅴ in 2018. */
const IMPROVING_DISTRICT_COUNT = 3
const POLLUTED_TOWN_COUNT = 2

/** The municipal sections that are Ⅲ in 2019: those whose target is Ⅲ or better (two in sections.geojson). */
export const MUNICIPAL_CLASS_THREE_COUNT = 2

export function roleOf(section: SectionInput, municipalThree: ReadonlySet<string>): Role {
  if (section.level === 'national') return 'national'
  if (section.level === 'municipal') return municipalThree.has(section.id) ? 'municipal-three' : 'municipal-four'
  if (section.level === 'district') return section.targetClass <= 3 ? 'district-three' : 'district'
  return 'town'
}

/** Designed 2019 means by role. Ⅳ municipal sections are decided by TP, except every fourth by NH3N. */
function designFor(role: Role, random: Random, index: number): Partial<Record<RoutineItem, number>> {
  const b = (low: number, high: number) => random.between(low, high)
  const common = { pH: b(7.2, 7.8), TN: b(2.0, 3.6) }
  switch (role) {
    case 'national':
      return { ...common, DO: 6.3, CODMn: 4.7, COD: 16.5, BOD5: 3.1, NH3N: 0.66, TP: 0.168 }
    case 'municipal-three':
      // Well inside Ⅲ on the year so that only a few months miss the Ⅲ target.
      return { ...common, DO: b(6.6, 7.1), CODMn: b(4.0, 4.6), COD: b(14, 16), BOD5: b(2.6, 3.0), NH3N: b(0.55, 0.65), TP: b(0.15, 0.16) }
    case 'municipal-four': {
      const byAmmonia = index % 4 === 3
      return {
        ...common,
        DO: b(5.2, 6.0),
        CODMn: b(4.6, 6.4),
        COD: b(16, 24),
        BOD5: b(3.0, 4.5),
        NH3N: byAmmonia ? b(1.08, 1.28) : b(0.6, 0.92),
        TP: byAmmonia ? b(0.16, 0.19) : b(0.218, 0.262),
      }
    }
    case 'district-three':
      return { ...common, DO: b(6.0, 7.0), CODMn: b(4.0, 5.5), NH3N: b(0.45, 0.8), TP: b(0.15, 0.19) }
    case 'district-improving':
      return { ...common, DO: b(5.8, 6.5), CODMn: b(4.2, 5.2), NH3N: b(0.6, 0.8), TP: b(0.183, 0.19) }
    case 'district':
      return { ...common, DO: b(4.6, 6.0), CODMn: b(5.0, 7.0), NH3N: b(0.6, 1.1), TP: b(0.16, 0.22) }
    case 'town':
      return { ...common, DO: b(4.0, 5.5), CODMn: b(5.5, 7.5), NH3N: b(0.7, 1.2), TP: b(0.17, 0.24) }
    case 'town-polluted':
      return { ...common, DO: b(3.9, 4.4), CODMn: b(6.5, 8.0), NH3N: b(1.36, 1.44), TP: b(0.26, 0.28) }
  }
}

export function buildProfiles(sections: readonly SectionInput[], random: Random): SectionProfile[] {
  const municipal = sections.filter((section) => section.level === 'municipal')
  const municipalThree = new Set(
    [...municipal].sort((a, b) => a.targetClass - b.targetClass || a.id.localeCompare(b.id)).slice(0, MUNICIPAL_CLASS_THREE_COUNT).map((s) => s.id),
  )
  const district = sections.filter((section) => roleOf(section, municipalThree) === 'district')
  const improving = new Set(district.slice(0, IMPROVING_DISTRICT_COUNT).map((section) => section.id))
  const town = sections.filter((section) => section.level === 'town')
  const polluted = town.slice(-POLLUTED_TOWN_COUNT).map((section) => section.id)
  let municipalFour = 0
  return sections.map((section) => {
    let role = roleOf(section, municipalThree)
    if (improving.has(section.id)) role = 'district-improving'
    if (polluted.includes(section.id)) role = 'town-polluted'
    const design = designFor(role, random, role === 'municipal-four' ? municipalFour++ : 0)
    let worse2018 = random.between(1.04, 1.12)
    const better2020 = random.between(0.9, 0.96)
    // The improving sections cross the Ⅲ/Ⅳ TP limit between 2018 and 2019; of the polluted town sections
    // the first was 劣Ⅴ and the second Ⅴ in 2018 (NH3N above 2.0 and 1.5 mg/L).
    if (role === 'district-improving') worse2018 = 1.16
    if (role === 'town-polluted') worse2018 = section.id === polluted[0] ? 1.55 : 1.22
    return {
      section,
      role,
      design,
      yearFactor: { 2018: worse2018, 2019: 1, 2020: better2020 },
      assessed: role === 'national' || role === 'municipal-three' || role === 'municipal-four',
      calibrated: role === 'district' || role === 'town',
    }
  })
}
