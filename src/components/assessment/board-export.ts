/**
 * The board as a table for CSV and XLSX (src/data/export): one row per section of the group with its
 * class, attainment, the class a year earlier and both change readings, the failing months and the
 * year-to-date margin. Missing data is written out in words, never left blank or zero.
 */
import type { Board, SeriesTable } from '@/domain/assessment/index.ts'
import { compareSectionBoth, type SectionChange } from '@/domain/water-quality/index.ts'
import type { Locale } from '@/domain/layers/types.ts'
import type { AssessmentMessageKey } from '@/i18n/assessment-messages.ts'
import { className, concentration, itemName, sectionName } from '@/composables/assessment/board-format.ts'

export function boardRows(board: Board, table: SeriesTable, locale: Locale, bt: (key: AssessmentMessageKey) => string): Record<string, unknown>[] {
  const margins = new Map(board.margins.map((margin) => [margin.section, margin]))
  const word = (change: SectionChange | null) => (change === null ? bt('board.unknown') : locale === 'zh' ? change.label : change.labelEn)
  return board.rows.map((row) => {
    const section = table.sections[row.section]!
    const both = compareSectionBoth(row.before, row.period.waterClass)
    const margin = margins.get(row.section)
    return {
      [bt('board.col.id')]: section.id,
      [bt('board.col.name')]: sectionName(section, locale),
      [bt('board.col.level')]: section.level ?? '',
      [bt('board.col.river')]: section.river ?? '',
      [bt('board.col.town')]: section.town ?? '',
      [bt('board.col.target')]: section.targetClass === null ? bt('board.noTargetText') : className(section.targetClass, locale, ''),
      [bt('board.col.class')]: className(row.period.waterClass, locale, bt('board.unknown')),
      [bt('board.col.meets')]: row.meets === null ? (section.targetClass === null ? bt('board.noTargetText') : bt('board.unknown')) : row.meets ? bt('board.yes') : bt('board.no'),
      [bt('board.col.before')]: className(row.before, locale, bt('board.unknown')),
      [bt('board.col.changeStatus')]: word(both.byStatus),
      [bt('board.col.changeClass')]: word(both.byClass),
      [bt('board.col.failing')]: row.failingMonths.map((offset) => board.months[offset]).join(' '),
      [bt('board.col.stopped')]: row.period.stoppedMonths,
      [bt('board.margin.item')]: margin?.indicator ? itemName(margin.indicator, locale) : bt('board.unknown'),
      [bt('board.margin.mean')]: margin?.meanSoFar ?? bt('board.unknown'),
      [bt('board.margin.headroom')]: margin?.headroom === null || margin?.headroom === undefined ? bt('board.margin.decided') : Number(concentration(margin.headroom)),
    }
  })
}
