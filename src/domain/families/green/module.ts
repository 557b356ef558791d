/**
 * Green family (绿道与绿地): a project fades in as it goes from planned to under construction to built
 * at the clock (isActiveAt).
 */
import type { LocalizedText } from '../../layers/types.ts'
import { isActiveAt } from '../../greenery/index.ts'
import type { FamilyModule } from '../types.ts'

export const GREEN_KINDS: Record<string, LocalizedText> = {
  greenway: { zh: '绿道', en: 'Greenway' },
  corridor: { zh: '生态廊道', en: 'Ecological corridor' },
  park: { zh: '公园绿地', en: 'Park green space' },
  'vertical-greening': { zh: '立体绿化', en: 'Vertical greening' },
}

export const GREEN_STATUSES: Record<string, LocalizedText> = {
  planned: { zh: '规划', en: 'Planned' },
  built: { zh: '已建成', en: 'Built' },
  'under-construction': { zh: '在建', en: 'Under construction' },
}

const PHASE_EMPHASIS = { planned: 0.3, 'under-construction': 0.6, built: 1 } as const

export const GREEN_FAMILY: FamilyModule = {
  family: 'green',
  timedState: (_layerId, feature, at) => ({ hidden: false, emphasis: PHASE_EMPHASIS[isActiveAt(feature, at.month)] }),
  vocabularies: { kind: GREEN_KINDS, status: GREEN_STATUSES },
}
