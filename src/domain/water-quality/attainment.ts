/**
 * Target attainment (达标): a section meets its target when its class is no worse than its own target
 * class (水环境功能区 / 考核目标), for a month or for a period class computed from the period's means.
 */
import type { WaterClass } from './water-class.ts'

/** True when the class meets the target, false when worse, null when there was no sample. */
export function meetsTarget(waterClass: WaterClass | null, targetClass: WaterClass): boolean | null {
  if (waterClass === null) return null
  return waterClass <= targetClass
}

export interface AttainmentSummary {
  /** Months (or periods) with a class. */
  sampled: number
  met: number
  failed: number
  /** met / sampled, or null when nothing was sampled. */
  rate: number | null
  /** Positions (indexes into the input) that failed the target, for the "未能保持每月稳定达标" list. */
  failedAt: number[]
}

/** Attainment over a series of monthly classes; months without a sample are neither met nor failed. */
export function summariseAttainment(classes: readonly (WaterClass | null)[], targetClass: WaterClass): AttainmentSummary {
  let met = 0
  const failedAt: number[] = []
  classes.forEach((waterClass, index) => {
    const verdict = meetsTarget(waterClass, targetClass)
    if (verdict === true) met++
    else if (verdict === false) failedAt.push(index)
  })
  const sampled = met + failedAt.length
  return { sampled, met, failed: failedAt.length, rate: sampled === 0 ? null : met / sampled, failedAt }
}

/** True when every sampled month met the target (稳定达标); null when nothing was sampled. */
export function isSteadilyMet(classes: readonly (WaterClass | null)[], targetClass: WaterClass): boolean | null {
  const summary = summariseAttainment(classes, targetClass)
  return summary.sampled === 0 ? null : summary.failed === 0
}
