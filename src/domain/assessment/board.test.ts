import { describe, expect, it } from 'vitest'
import { parseMeasurement, type Indicator, type MonitoringRecord, type WaterClass } from '../water-quality/index.ts'
import { computeBoard } from './board.ts'
import { itemIndex } from './cwqi.ts'
import { createBoardMemo } from './memo.ts'
import { periodAround, periodBetween, sectionsOfGroup } from './selection.ts'
import { buildSeriesTable, type AssessmentSection } from './series-table.ts'

function section(id: string, targetClass: WaterClass | null, extra: Partial<AssessmentSection> = {}): AssessmentSection {
  return { id, name: id, river: 'R1', town: 'T1', level: 'municipal', targetClass, waterbody: 'river', ...extra }
}

function record(sectionId: string, month: string, cells: Partial<Record<Indicator, string>>): MonitoringRecord {
  const values: MonitoringRecord['values'] = {}
  for (const [code, text] of Object.entries(cells)) values[code as Indicator] = parseMeasurement(text as string)
  return { sectionId, month, values }
}

/** Monthly TP for a section over 2018-01…2019-12 (24 values), with NH3N fixed at 0.4 (Ⅱ). */
function yearsOf(sectionId: string, tp2018: string, tp2019: string): MonitoringRecord[] {
  const records: MonitoringRecord[] = []
  for (const year of [2018, 2019]) {
    for (let month = 1; month <= 12; month++) {
      records.push(record(sectionId, `${year}-${String(month).padStart(2, '0')}`, { TP: year === 2018 ? tp2018 : tp2019, NH3N: '0.4', DO: '8' }))
    }
  }
  return records
}

describe('board over a small group', () => {
  const sections = [
    section('A', 3),
    section('B', 3),
    section('C', 4, { town: 'T2' }),
    section('D', null, { river: 'R2', level: 'district' }),
    section('E', 3, { river: 'R2', town: 'T2' }),
    section('F', 3, { level: 'town' }),
  ]
  const records = [
    ...yearsOf('A', '0.25', '0.15'),
    ...yearsOf('B', '0.15', '0.15'),
    ...yearsOf('C', '0.45', '0.25'),
    ...yearsOf('D', '0.15', '0.35'),
    ...yearsOf('E', '0.15', '0.15').map((r) => (r.month === '2019-03' ? record('E', '2019-03', { TP: '0.35', NH3N: '0.4' }) : r)),
    // F: 停测 the whole of 2019.
    ...yearsOf('F', '0.15', '0.15').map((r) => (r.month.startsWith('2019') ? record('F', r.month, { TP: '停测', NH3N: '停测' }) : r)),
  ]
  const table = buildSeriesTable(sections, records)
  const all = sectionsOfGroup(table, { kind: 'all' })
  const board = computeBoard(table, periodAround('year', '2019-06'), all)

  it('counts classes, leaves the unsampled section out and lists it', () => {
    // A, B, E Ⅲ (E's one Ⅴ month does not move its annual mean past Ⅲ), C Ⅳ, D Ⅴ; F 停测 all year.
    expect(board.distribution.counts).toEqual({ 1: 0, 2: 0, 3: 3, 4: 1, 5: 1, 6: 0 })
    expect(board.distribution.classed).toBe(5)
    expect(board.distribution.noData).toEqual([5])
    expect(board.distribution.shareGood).toBe(0.6)
    expect(board.distribution.shareWorst).toBe(0)
  })
  it('judges attainment against each target; no target and no data are listed, not counted as met', () => {
    expect(board.attainment.met).toEqual([0, 1, 2, 4])
    expect(board.attainment.failed).toEqual([])
    expect(board.attainment.noTarget).toEqual([3])
    expect(board.attainment.noData).toEqual([5])
    expect(board.attainment.rate).toBe(1)
  })
  it('marks failing months in the matrix and counts them per section', () => {
    const rowE = board.rows.find((row) => row.section === 4)!
    expect(rowE.failingMonths).toEqual([2])
    expect(rowE.meets).toBe(true)
    expect(board.rows.find((row) => row.section === 5)!.period.stoppedMonths).toBe(12)
  })
  it('compares with the same period a year earlier by ΔG − ΔD', () => {
    // 2018: C 劣Ⅴ (1 of 6); 2019: no 劣Ⅴ.
    expect(board.before.first).toBe('2018-01')
    expect(board.distributionBefore.counts[6]).toBe(1)
    expect(board.change).not.toBeNull()
    expect(board.change!.deltaWorst).toBeCloseTo(-100 / 6)
  })
  it('gives the group means over every section-month sample', () => {
    const tp = board.means.find((mean) => mean.indicator === 'TP')!
    // A 0.15, B 0.15, C 0.25, D 0.35 ×12; E 0.15 ×11 + 0.35; F none.
    expect(tp.samples).toBe(60)
    expect(tp.mean).toBeCloseTo((0.15 * 12 * 2 + 0.25 * 12 + 0.35 * 12 + 0.15 * 11 + 0.35) / 60)
    expect(tp.sections).toBe(5)
  })
  it('uses the class of the mean concentrations with fewer than 5 sections', () => {
    const small = computeBoard(table, periodAround('year', '2019-06'), [0, 1, 2])
    expect(small.status.method).toBe('means')
    // Mean TP (0.15 + 0.15 + 0.25)/3 = 0.183 → Ⅲ 良好.
    expect(small.status.meansClass).toBe(3)
    expect(small.status.status).toBe('good')
  })
  it('ranks towns by CWQI, smallest first, with the change against a year earlier', () => {
    const [first, second] = board.ranking.towns
    expect(first!.rank).toBe(1)
    expect(first!.cwqi!).toBeLessThan(second!.cwqi!)
    expect(first!.changePercent).not.toBeNull()
  })
  it('gives year-to-date headroom for the remaining months', () => {
    const ytd = computeBoard(table, periodBetween('2019-01', '2019-09'), [0])
    const [margin] = ytd.margins
    expect(margin!.indicator).toBe('TP')
    expect(margin!.remainingMonths).toBe(3)
    // 9 months at 0.15, limit 0.2: (0.2 × 12 − 1.35)/3 = 0.35.
    expect(margin!.headroom).toBeCloseTo(0.35)
    expect(margin!.meets).toBe(true)
  })
  it('a group with no samples in the period says so', () => {
    const empty = computeBoard(table, periodBetween('2025-01', '2025-03'), all)
    expect(empty.distribution.classed).toBe(0)
    expect(empty.distribution.shareGood).toBeNull()
    expect(empty.attainment.rate).toBeNull()
    expect(empty.change).toBeNull()
    expect(empty.means).toEqual([])
  })
})

describe('CWQI item index (2017 ranking rules)', () => {
  it.each([
    ['TP', 0.3, 1.5],
    ['DO', 2.5, 2],
    ['pH', 6.5, 0.5],
    ['pH', 8, 0.5],
  ] as const)('%s %s → %s', (code, value, expected) => {
    expect(itemIndex(code, value)).toBeCloseTo(expected)
  })
})

describe('memo', () => {
  it('a clock step inside the same period recomputes nothing; a new period or new series does', () => {
    const sections = [section('A', 3)]
    const table = buildSeriesTable(sections, yearsOf('A', '0.2', '0.1'))
    const memo = createBoardMemo()
    const first = memo.board(table, periodAround('quarter', '2019-04'), { kind: 'all' })
    const again = memo.board(table, periodAround('quarter', '2019-06'), { kind: 'all' })
    expect(again).toBe(first)
    expect(memo.computed).toBe(1)
    memo.board(table, periodAround('quarter', '2019-07'), { kind: 'all' })
    expect(memo.computed).toBe(2)
    memo.board(buildSeriesTable(sections, yearsOf('A', '0.2', '0.1')), periodAround('quarter', '2019-04'), { kind: 'all' })
    expect(memo.computed).toBe(3)
  })
})
