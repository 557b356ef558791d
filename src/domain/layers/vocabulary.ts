/**
 * Display names for the coded property values of the sample layers (geodata/README.md lists the codes).
 * Remediation stages and water classes have their own domain modules; these are the simpler vocabularies.
 */
import type { LocalizedText } from './types.ts'

export const SECTION_LEVELS: Record<string, LocalizedText> = {
  national: { zh: '国考', en: 'National' },
  municipal: { zh: '市考', en: 'Municipal' },
  district: { zh: '区控', en: 'District' },
  town: { zh: '镇级', en: 'Town' },
}

export const SOIL_KINDS: Record<string, LocalizedText> = {
  reduction: { zh: '减量化地块', en: 'Reduction parcel' },
  'construction-land': { zh: '建设用地调查', en: 'Construction-land survey' },
  enterprise: { zh: '重点企业', en: 'Key enterprise' },
  'park-perimeter': { zh: '园区周边', en: 'Industrial-park perimeter' },
}

export const GREEN_KINDS: Record<string, LocalizedText> = {
  greenway: { zh: '绿道', en: 'Greenway' },
  corridor: { zh: '生态廊道', en: 'Ecological corridor' },
  park: { zh: '公园绿地', en: 'Park green space' },
  'vertical-greening': { zh: '立体绿化', en: 'Vertical greening' },
}

export const STATUSES: Record<string, LocalizedText> = {
  planned: { zh: '规划', en: 'Planned' },
  built: { zh: '已建成', en: 'Built' },
  surveying: { zh: '调查中', en: 'Surveying' },
  completed: { zh: '已完成', en: 'Completed' },
  'under-construction': { zh: '在建', en: 'Under construction' },
}

/** The display text of a coded value, or the code itself when the vocabulary does not know it. */
export function vocabularyText(vocabulary: Record<string, LocalizedText>, code: unknown, locale: 'zh' | 'en'): string {
  const text = typeof code === 'string' ? vocabulary[code] : undefined
  return text ? text[locale] : String(code ?? '')
}
