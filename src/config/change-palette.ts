/**
 * The rings that tell how a section's class changed against the compare period (环比/同比): green
 * better, red worse, a thin white ring otherwise. The map's paint (src/map/thematic-layers.ts) draws
 * these; the legends, the presenter's key, PNG exports and the briefing explain them with the same
 * colours (a unit test keeps the two in step).
 */
import type { Change } from '@/domain/filters/index.ts'

export const CHANGE_RINGS: Record<Change, { colour: string; width: number }> = {
  better: { colour: '#1b5e20', width: 3 },
  worse: { colour: '#b71c1c', width: 3 },
  same: { colour: '#ffffff', width: 1.5 },
  unknown: { colour: '#ffffff', width: 1.5 },
}
