/**
 * What the clock means for the non-water layers at a month (issue #7 "one clock"): a remediation plot
 * shows the stage it was in (hidden before its first stage), a green project fades in as it goes from
 * planned to under construction to built, and a soil parcel appears in its survey year and is drawn
 * solid once its survey is complete. Pure; the map room turns it into feature-state.
 */
import type { Feature } from 'geojson'
import { stageAt } from '../remediation/index.ts'
import { isActiveAt } from '../greenery/index.ts'

export interface TimedFeatureState {
  /** Not drawn at this month. */
  hidden: boolean
  /** 0–1: how strongly the feature is drawn (planned and in-progress work is faint). */
  emphasis: number
  /** Remediation plots: the stage code in force at this month. */
  stage?: string
}

const PHASE_EMPHASIS = { planned: 0.3, 'under-construction': 0.6, built: 1 } as const

export function timedStateOf(layerId: string, feature: Feature, month: string): TimedFeatureState | null {
  const properties = (feature.properties ?? {}) as Record<string, unknown>
  switch (layerId) {
    case 'remediation-plots': {
      const stage = stageAt(properties.stageHistory, month)
      return stage ? { hidden: false, emphasis: 1, stage } : { hidden: true, emphasis: 0 }
    }
    case 'greenways':
      return { hidden: false, emphasis: PHASE_EMPHASIS[isActiveAt(feature, month)] }
    case 'soil-parcels': {
      const year = Number(properties.year)
      if (Number.isFinite(year) && Number(month.slice(0, 4)) < year) return { hidden: true, emphasis: 0 }
      const surveyed = typeof properties.surveyed === 'string' ? properties.surveyed : null
      return { hidden: false, emphasis: surveyed && surveyed <= month ? 1 : 0.4 }
    }
    default:
      return null
  }
}
