/**
 * Family → the detail its features' card shows above the fields (issue 16 §1), or null for none. Each
 * detail is a component with the props `{ layerId: string; featureId: string }` that loads with the first
 * such card, not before the first map (issue 15 §1). Typed as a Record over `LayerFamily`: a new family
 * fails type-checking here until it says what its card shows.
 */
import { defineAsyncComponent, type Component } from 'vue'
import type { LayerFamily } from '@/domain/layers/types.ts'

const SectionDetails = defineAsyncComponent(() => import('@/components/sections/SectionDetails.vue'))
// The plot and parcel details (timeline, soil screening, data problems with their geometry checks).
const LandDetails = defineAsyncComponent(() => import('@/components/land/LandDetails.vue'))
// 一企一档, a station's days, a dust point's PM10, and the alarms of each source.
const SourceDetails = defineAsyncComponent(() => import('@/components/sources/SourceDetails.vue'))

export const FAMILY_CARD_DETAILS: Readonly<Record<LayerFamily, Component | null>> = {
  water: SectionDetails,
  land: LandDetails,
  soil: LandDetails,
  green: null,
  imported: null,
  sources: SourceDetails,
}
