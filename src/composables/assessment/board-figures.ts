/**
 * A board block as a tour stop's key figures (issue 13): computed from the data when shown, like every
 * figure of a stop, through the same memoised board the panel uses. Rows are plain label/value text.
 */
import type { Board, SeriesTable } from '@/domain/assessment/index.ts'
import type { StopAssessment } from '@/domain/tour/types.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { WATER_CLASSES, WATER_CLASS_NAMES } from '@/domain/water-quality/index.ts'
import { ASSESSMENT_MESSAGES, type AssessmentMessageKey } from '@/i18n/assessment-messages.ts'
import { fillPlaceholders } from '@/i18n/use-feature-messages.ts'
import { boardMemo, seriesTable } from './board-table.ts'
import { concentration, itemName, percent, periodText, sectionName, statusWord } from './board-format.ts'

export interface BoardFigureGroup {
  title: string
  rows: { label: string; value: string }[]
}

/** At most this many sections are named in one figure (a slide has little room). */
const NAMED = 5

function rowsOf(entry: StopAssessment, board: Board, table: SeriesTable, locale: Locale, bt: (key: AssessmentMessageKey, values?: Record<string, string | number>) => string) {
  const names = (indexes: readonly number[]) =>
    indexes.length === 0 ? bt('board.attainment.none') : indexes.slice(0, NAMED).map((index) => sectionName(table.sections[index]!, locale)).join(locale === 'zh' ? '、' : ', ') + (indexes.length > NAMED ? ' …' : '')
  switch (entry.block) {
    case 'distribution':
      return [
        { label: bt('board.distribution'), value: WATER_CLASSES.filter((c) => board.distribution.counts[c] > 0).map((c) => `${WATER_CLASS_NAMES[c]} ${board.distribution.counts[c]}`).join(' · ') || bt('board.unknown') },
        { label: bt('board.shareGood'), value: percent(board.distribution.shareGood) },
        { label: bt('board.shareWorst'), value: percent(board.distribution.shareWorst) },
        { label: bt('board.status'), value: statusWord(board.status.status, locale, bt('board.unknown')) },
      ]
    case 'attainment':
      return [
        {
          label: bt('board.attainment'),
          value: `${percent(board.attainment.rate)}${locale === 'zh' ? '（' : ' ('}${bt('board.attainment.detail', { met: board.attainment.met.length, judged: board.attainment.met.length + board.attainment.failed.length })}${locale === 'zh' ? '）' : ')'}`,
        },
        { label: bt('board.attainment.failed'), value: names(board.attainment.failed) },
      ]
    case 'change':
      return [
        { label: bt('board.change', { before: periodText(board.before.first, board.before.last, locale) }), value: board.change ? (locale === 'zh' ? board.change.label : board.change.labelEn) : bt('board.change.none') },
        { label: 'ΔG − ΔD', value: board.change ? board.change.score.toFixed(1) : '—' },
      ]
    case 'means':
      return board.means
        .filter((mean) => ['DO', 'CODMn', 'NH3N', 'TP'].includes(mean.indicator))
        .map((mean) => ({ label: itemName(mean.indicator, locale), value: `${concentration(mean.mean)} mg/L` }))
    case 'matrix': {
      const failing = board.rows.filter((row) => row.failingMonths.length > 0)
      return [{ label: bt('board.matrix.failing'), value: failing.length === 0 ? bt('board.attainment.none') : failing.slice(0, NAMED).map((row) => `${sectionName(table.sections[row.section]!, locale)} ${row.failingMonths.length}`).join(locale === 'zh' ? '、' : ', ') }]
    }
    case 'margins': {
      const short = board.margins.filter((margin) => margin.meets === false).map((margin) => margin.section)
      return [{ label: bt('board.margin', { year: board.period.last.slice(0, 4), month: board.period.last }), value: `${bt('board.no')}: ${names(short)}` }]
    }
    case 'ranking':
      return board.ranking.towns.slice(0, 3).map((row) => ({ label: `${row.rank ?? '—'}. ${row.name}`, value: row.cwqi === null ? bt('board.unknown') : `CWQI ${row.cwqi.toFixed(2)}` }))
  }
}

export function boardFigureGroups(entries: readonly StopAssessment[], locale: Locale, version: number): BoardFigureGroup[] {
  const table = seriesTable(version)
  if (!table) return []
  const bt = (key: AssessmentMessageKey, values: Record<string, string | number> = {}) => fillPlaceholders(ASSESSMENT_MESSAGES[locale][key], values)
  return entries.map((entry) => {
    const board = boardMemo.board(table, entry.period, entry.group)
    return { title: `${bt('board.figure.title', { period: periodText(entry.period.first, entry.period.last, locale) })}`, rows: rowsOf(entry, board, table, locale, bt) }
  })
}
