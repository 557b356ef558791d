/** Saved values are brought to the current format, or explained and kept — never silently dropped. */
import { describe, expect, it } from 'vitest'
import { migrateStored, STORED_FORMAT, type MigrationStep } from '@/data/persistence/index.ts'
import { buildSeriesColumns, packSeriesColumns, recordsOfColumns, unpackSeriesColumns, type MonitoringRecord, type PackedSeries } from '@/domain/water-quality/index.ts'

const records: MonitoringRecord[] = [
  { sectionId: 'S1', month: '2020-06', values: { TP: { kind: 'value', value: 0.2 }, DO: { kind: 'missing', reason: 'stopped' } } },
  { sectionId: 'S2', month: '2020-08', values: { NH3N: { kind: 'below-detection', detectionLimit: 0.025 } } },
]

const layer = {
  id: 'imported-a-1',
  definition: { id: 'imported-a-1', name: { zh: '甲', en: '甲' } },
  collection: { type: 'FeatureCollection', features: [] },
  fileName: 'a.geojson',
}
/** The same layer at format 3: saved as objects, so without text. */
const layerNow = { ...layer, text: null }

describe('migrateStored', () => {
  it('reads a value saved at the current format unchanged', () => {
    const result = migrateStored({ ...layerNow, format: STORED_FORMAT }, 'layer')
    expect(result).toEqual({ ok: true, value: { ...layerNow, format: STORED_FORMAT }, migratedFrom: null })
  })

  it('runs every step from an old format to the current one, in order', () => {
    // Format 1 kept the colour at the top; format 2 moved it into a style; format 3 renamed fileName.
    const steps: Record<number, MigrationStep> = {
      1: (value) => ({ ...value, style: { kind: 'single', colour: value.colour } }),
      2: (value) => ({ ...value, source: value.fileName }),
    }
    const result = migrateStored<Record<string, unknown>>({ ...layer, format: 1, colour: '#0072b2' }, 'layer', 3, steps)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(1)
    expect(result.value.format).toBe(3)
    expect(result.value.style).toEqual({ kind: 'single', colour: '#0072b2' })
    expect(result.value.source).toBe('a.geojson')
  })

  it.each([
    ['a value without a format', { ...layer }, '没有格式版本号'],
    ['a value from a newer app', { ...layer, format: STORED_FORMAT + 1 }, '更新版本'],
    ['a layer without features', { ...layerNow, collection: { type: 'FeatureCollection' }, format: STORED_FORMAT }, 'collection'],
    ['a layer whose text is not a Blob', { ...layerNow, text: '{"type":"FeatureCollection"}', collection: null, format: STORED_FORMAT }, '「text」'],
    ['a layer with neither text nor features', { ...layerNow, collection: null, format: STORED_FORMAT }, 'collection'],
    ['not an object', 'text', '没有格式版本号'],
  ])('explains %s instead of reading it', (_label, value, reason) => {
    const result = migrateStored(value, 'layer')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reasonZh).toContain(reason)
  })

  it('explains a gap in the migration steps instead of guessing', () => {
    const result = migrateStored({ ...layer, format: 1 }, 'layer', 3, { 1: (value) => value })
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.reasonEn).toContain('no migration from saved format 2')
  })

  it.each([
    ['monitoring', { id: 'current', columns: null, fileNames: [] }, true],
    ['monitoring', { id: 'current', columns: packSeriesColumns(buildSeriesColumns(records)!), fileNames: ['a.csv'] }, true],
    ['monitoring', { id: 'current', fileNames: [] }, false],
    ['monitoring', { id: 'current', columns: { ...packSeriesColumns(buildSeriesColumns(records)!), present: new Uint8Array(0) }, fileNames: [] }, false],
    ['settings', { id: 'current', locale: 'en' }, true],
    ['settings', { id: 'current', locale: 'fr' }, false],
  ] as const)('checks the shape of %s values (%#)', (kind, value, ok) => {
    expect(migrateStored({ ...value, format: STORED_FORMAT }, kind).ok).toBe(ok)
  })
})

describe('migrateStored for imported monitoring', () => {
  it('turns the records saved at format 1 into the series columns, record for record', () => {
    const result = migrateStored<{ columns: PackedSeries; fileNames: string[] }>({ id: 'current', format: 1, records, fileNames: ['a.csv'] }, 'monitoring')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(1)
    expect(result.value.fileNames).toEqual(['a.csv'])
    expect(recordsOfColumns(unpackSeriesColumns(result.value.columns))).toEqual(records)
    expect(result.value).not.toHaveProperty('records')
  })

  it('keeps a layer saved at format 1 as its objects (no text)', () => {
    expect(migrateStored({ ...layer, format: 1 }, 'layer')).toEqual({ ok: true, value: { ...layerNow, format: STORED_FORMAT }, migratedFrom: 1 })
  })
})

describe('migrateStored for imported layers', () => {
  it('keeps a layer saved at format 2 as its objects, with no text', () => {
    const result = migrateStored<{ text: Blob | null; collection: unknown }>({ ...layer, format: 2 }, 'layer')
    expect(result).toEqual({ ok: true, value: { ...layerNow, format: STORED_FORMAT }, migratedFrom: 2 })
  })

  it('reads a layer saved as GeoJSON text (format 3) without its objects', () => {
    const text = new Blob(['{"type":"FeatureCollection","features":[]}'], { type: 'application/geo+json' })
    const result = migrateStored<{ text: Blob | null; collection: unknown }>({ ...layerNow, text, collection: null, format: 3 }, 'layer')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.text).toBe(text)
  })
})

describe('migrateStored for the tour draft', () => {
  it('reads a saved draft and explains one without a tour instead of dropping it', () => {
    const draft = { id: 'current', format: STORED_FORMAT, tour: { id: 'tour-2020', title: '草稿', stops: [] } }
    expect(migrateStored(draft, 'tour-draft')).toEqual({ ok: true, value: draft, migratedFrom: null })
    const broken = migrateStored({ id: 'current', format: STORED_FORMAT, tour: 'not a tour' }, 'tour-draft')
    expect(broken.ok).toBe(false)
  })
})
