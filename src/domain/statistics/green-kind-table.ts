/**
 * Green projects counted by kind, each kind summed in its own measure (greenery/kind-measure.ts): km of
 * greenway, 亩 of corridor, ha of park, m² of vertical greening, as the work report states them. The
 * measures differ by row, so the column is text and the totals row leaves it empty: adding km to 亩 is
 * meaningless.
 */
import type { Feature, Geometry } from 'geojson'
import type { Locale, LocalizedText } from '../layers/types.ts'
import { GREEN_KINDS } from '../families/green/module.ts'
import { formatGreenKindTotal, GREEN_KIND_CODES, greenKindTotal, isGreenKind } from '../greenery/index.ts'
import type { StatisticsTable } from './table.ts'

const SIZE_LABEL: LocalizedText = { zh: '规模（各类口径：公里、亩、公顷、万m²）', en: 'Size (each kind in its own unit: km, mu, ha, m²)' }
const KIND_LABEL: LocalizedText = { zh: '类型', en: 'Kind' }
const COUNT_LABEL: LocalizedText = { zh: '数量（个）', en: 'Count' }
const TOTAL_LABEL: LocalizedText = { zh: '合计', en: 'Total' }

/** One row per green kind present (report order), then features of another kind counted only. */
export function greenKindTable(features: readonly Feature<Geometry | null>[], locale: Locale = 'zh'): StatisticsTable {
  const byKind = new Map<string, Feature<Geometry | null>[]>()
  for (const feature of features) {
    const kind = String(feature.properties?.kind ?? '')
    byKind.set(kind, [...(byKind.get(kind) ?? []), feature])
  }
  const known = GREEN_KIND_CODES.filter((kind) => byKind.has(kind))
  const others = [...byKind.keys()].filter((kind) => !isGreenKind(kind))
  const rows: (string | number)[][] = [
    ...known.map((kind) => {
      const members = byKind.get(kind)!
      return [GREEN_KINDS[kind]?.[locale] ?? kind, members.length, formatGreenKindTotal(kind, greenKindTotal(kind, members), locale)]
    }),
    ...others.map((kind) => [kind || (locale === 'zh' ? '未填写' : 'Not given'), byKind.get(kind)!.length, '']),
  ]
  return {
    columns: [
      { id: 'kind', label: KIND_LABEL[locale] },
      { id: 'count', label: COUNT_LABEL[locale] },
      { id: 'size', label: SIZE_LABEL[locale] },
    ],
    rows,
    totals: [TOTAL_LABEL[locale], features.length, ''],
  }
}
