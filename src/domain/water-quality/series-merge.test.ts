import { describe, expect, it } from 'vitest'
import type { MonitoringRecord } from './class-matrix.ts'
import { buildSeriesColumns, recordAt, recordsOfColumns } from './series-columns.ts'
import { mergeSeriesColumns, mergedSeriesSize } from './series-merge.ts'
import { packSeriesColumns, packedSeriesProblem, unpackSeriesColumns } from './series-packed.ts'

/** The rule, written for records: a section-month in both takes the imported record whole. */
function mergeRecords(base: readonly MonitoringRecord[], top: readonly MonitoringRecord[]) {
  const merged = new Map(base.map((record) => [`${record.sectionId} ${record.month}`, record]))
  let replaced = 0
  for (const record of top) {
    const key = `${record.sectionId} ${record.month}`
    if (merged.has(key)) replaced++
    merged.set(key, record)
  }
  return { records: [...merged.values()], added: top.length - replaced, replaced }
}

const loaded: MonitoringRecord[] = [
  { sectionId: 'A', month: '2020-01', values: { TP: { kind: 'value', value: 0.2 }, DO: { kind: 'value', value: 6.1 } } },
  { sectionId: 'A', month: '2020-02', values: { TP: { kind: 'value', value: 0.31 }, Hg: { kind: 'invalid', text: '见附注' } } },
  { sectionId: 'B', month: '2020-01', values: { NH3N: { kind: 'below-detection', detectionLimit: 0.025 } } },
]
const imported: MonitoringRecord[] = [
  // Replaces A 2020-02 whole: the loaded DO-less record with Hg goes, TP 0.12 and 停测 DO come.
  { sectionId: 'A', month: '2020-02', values: { TP: { kind: 'value', value: 0.12 }, DO: { kind: 'missing', reason: 'stopped' } } },
  // New months widen the series; a new section is added after the listed ones.
  { sectionId: 'B', month: '2020-05', values: { COD: { kind: 'value', value: 17.5 } } },
  { sectionId: 'C', month: '2019-12', values: { pH: { kind: 'value', value: 7.45 } } },
]

const byKey = (records: readonly MonitoringRecord[]) => new Map(records.map((record) => [`${record.sectionId} ${record.month}`, record]))

describe('merging an imported table as columns', () => {
  it('gives the records and counts that merging the records gives', () => {
    const merged = mergeSeriesColumns(buildSeriesColumns(loaded, ['A', 'B']), buildSeriesColumns(imported), ['A', 'B'])!
    const expected = mergeRecords(loaded, imported)
    expect({ added: merged.added, replaced: merged.replaced }).toEqual({ added: expected.added, replaced: expected.replaced })
    expect(byKey(recordsOfColumns(merged.columns))).toEqual(byKey(expected.records))
    expect(merged.columns.sectionIds).toEqual(['A', 'B', 'C'])
    expect(merged.columns.months).toEqual(['2019-12', '2020-01', '2020-02', '2020-03', '2020-04', '2020-05'])
  })

  it('keeps an invalid cell’s text, and an item the other table lacks', () => {
    const merged = mergeSeriesColumns(buildSeriesColumns(loaded), buildSeriesColumns([imported[1]!]))!
    expect(recordAt(merged.columns, 'A', '2020-02')!.values.Hg).toEqual({ kind: 'invalid', text: '见附注' })
    expect(recordAt(merged.columns, 'B', '2020-05')!.values.COD).toEqual({ kind: 'value', value: 17.5 })
    expect(recordAt(merged.columns, 'B', '2020-01')!.values.NH3N).toEqual({ kind: 'below-detection', detectionLimit: 0.025 })
  })

  it('takes a table alone when nothing was loaded, and nothing from nothing', () => {
    const alone = mergeSeriesColumns(null, buildSeriesColumns(imported))!
    expect(alone.added).toBe(3)
    expect(alone.replaced).toBe(0)
    expect(mergeSeriesColumns(null, null)).toBeNull()
  })
})

describe('the size of a merged series, before it is made', () => {
  it('counts every section of either over every month from the first to the last of either', () => {
    const shown = { sectionIds: ['A', 'B', 'C'], months: ['2020-01', '2020-02', '2020-03'] }
    expect(mergedSeriesSize(shown, { sectionIds: ['C', 'D'], months: ['2019-12'] })).toEqual({ cells: 16, sections: 4, months: 4, first: '2019-12', last: '2020-03' })
    // Two rows 120 years apart give every section of the map 1,452 months.
    expect(mergedSeriesSize(shown, { sectionIds: ['A'], months: ['1980-01', '2100-12'] }).cells).toBe(3 * 1_452)
    expect(mergedSeriesSize(null, { sectionIds: ['A'], months: ['2020-05', '2020-06'] }).cells).toBe(2)
  })
})

describe('packed series', () => {
  it('unpacks to the same records', () => {
    const columns = buildSeriesColumns([...loaded, ...imported], ['B'])!
    const packed = packSeriesColumns(columns)
    expect(packedSeriesProblem(packed)).toBeNull()
    const back = unpackSeriesColumns(structuredClone(packed))
    expect(recordsOfColumns(back)).toEqual(recordsOfColumns(columns))
    expect(back.sectionIds).toEqual(['B', 'A', 'C'])
  })

  it('names what is wrong with a damaged saved value', () => {
    const packed = packSeriesColumns(buildSeriesColumns(loaded)!)
    expect(packedSeriesProblem(null)).toBe('columns')
    expect(packedSeriesProblem({ ...packed, months: ['2020-13'] })).toBe('months')
    expect(packedSeriesProblem({ ...packed, indicators: ['XYZ'] })).toBe('indicators')
    expect(packedSeriesProblem({ ...packed, present: new Uint8Array(1) })).toBe('present')
    expect(packedSeriesProblem({ ...packed, kinds: packed.kinds.slice(1) })).toBe('kinds')
    expect(packedSeriesProblem({ ...packed, numbers: packed.numbers.map((column) => ({ ...column, values: [1, 2] })) })).toBe('numbers')
  })
})
