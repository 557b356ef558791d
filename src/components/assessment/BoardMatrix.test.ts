// @vitest-environment happy-dom
// A board over a large group (a city's register): the matrix and the margins draw at most BOARD_ROW_LIMIT
// rows, the sections of concern first, say so, and draw all of them on request.
import { describe, expect, it } from 'vitest'
import { mountWithStores } from '../../../tests/support/mount-app.ts'
import { buildSeriesTable, computeBoard, periodBetween, sectionsOfGroup, type AssessmentSection } from '@/domain/assessment/index.ts'
import { parseMeasurement, type MonitoringRecord } from '@/domain/water-quality/index.ts'
import BoardMatrix from './BoardMatrix.vue'
import BoardMargins from './BoardMargins.vue'
import { BOARD_ROW_LIMIT } from './use-row-limit.ts'

const MONTHS = ['2020-01', '2020-02', '2020-03']
const SECTION_COUNT = 150
const id = (index: number) => `S${String(index).padStart(3, '0')}`
const sections: AssessmentSection[] = Array.from({ length: SECTION_COUNT }, (_, index) => ({
  id: id(index), name: id(index), river: null, town: null, level: 'municipal', targetClass: 3, waterbody: 'river',
}))
// Section i fails its target (Ⅲ: TP ≤ 0.2) in i % 4 of the three months (TP 0.25 is Ⅳ), capped at 3.
const records: MonitoringRecord[] = sections.flatMap((section, index) =>
  MONTHS.map((month, offset) => ({ sectionId: section.id, month, values: { TP: parseMeasurement(offset < Math.min(3, index % 4) ? '0.25' : '0.1') } })),
)
const table = buildSeriesTable(sections, records)
const board = computeBoard(table, periodBetween('2020-01', '2020-03'), sectionsOfGroup(table, { kind: 'all' }))

describe('board tables over a large group', () => {
  it('draws the first 100 sections of the matrix, most failing months first, and all on request', async () => {
    const matrix = mountWithStores(BoardMatrix, { props: { board, table } })
    const rows = () => matrix.findAll('tbody tr')
    expect(rows()).toHaveLength(BOARD_ROW_LIMIT)
    const failing = rows().map((row) => Number(row.attributes('data-failing')))
    expect(failing).toEqual([...failing].sort((a, b) => b - a))
    // Every section that fails all three months is listed (37 of them: i % 4 === 3).
    expect(failing.filter((count) => count === 3)).toHaveLength(37)
    expect(matrix.get('[data-testid="board-rows-more"]').text()).toContain(`列出 ${BOARD_ROW_LIMIT} / ${SECTION_COUNT} 个断面`)
    await matrix.get('[data-testid="board-rows-all"]').trigger('click')
    expect(rows()).toHaveLength(SECTION_COUNT)
    expect(matrix.find('[data-testid="board-rows-more"]').exists()).toBe(false)
  })

  it('draws the margins of the sections not meeting their target first', () => {
    const margins = mountWithStores(BoardMargins, { props: { board, table } })
    const meets = margins.findAll('tbody tr').map((row) => row.attributes('data-meets'))
    expect(meets).toHaveLength(BOARD_ROW_LIMIT)
    const failingCount = board.margins.filter((margin) => margin.meets === false).length
    expect(failingCount).toBeGreaterThan(0)
    expect(meets.slice(0, failingCount).every((value) => value === 'false')).toBe(true)
  })

  it('draws a group within the limit whole, in the board’s order, without the note', () => {
    const small = computeBoard(table, periodBetween('2020-01', '2020-03'), sectionsOfGroup(table, { kind: 'ids', ids: sections.slice(0, 20).map((section) => section.id) }))
    const matrix = mountWithStores(BoardMatrix, { props: { board: small, table } })
    expect(matrix.findAll('tbody tr').map((row) => row.attributes('data-section'))).toEqual(small.rows.map((row) => table.sections[row.section]!.id))
    expect(matrix.find('[data-testid="board-rows-more"]').exists()).toBe(false)
  })
})
