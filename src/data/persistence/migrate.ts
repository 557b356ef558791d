/**
 * Brings a value read from IndexedDB to the current STORED_FORMAT, step by step. Pure (no IndexedDB),
 * so it is unit-tested. A value that cannot be read is never dropped silently: the caller gets a
 * reason to show, and leaves the stored value where it is (a newer app version may still read it).
 */
import { STORED_FORMAT } from './schema.ts'
import { buildSeriesColumns, packSeriesColumns, packedSeriesProblem, type MonitoringRecord } from '@/domain/water-quality/index.ts'

export type StoreKind = 'layer' | 'monitoring' | 'settings' | 'tour-draft'

/** One migration step: a value at format `n` → the same value at format `n + 1`. */
export type MigrationStep = (value: Record<string, unknown>, kind: StoreKind) => Record<string, unknown>

/**
 * 1 → 2: imported monitoring records become the series' columns (issue 15 §2). Other kinds are unchanged.
 * Records that are not an array are left for the shape check to name.
 */
function monitoringAsColumns(value: Record<string, unknown>, kind: StoreKind): Record<string, unknown> {
  if (kind !== 'monitoring' || !Array.isArray(value.records)) return value
  const { records, ...rest } = value
  const columns = buildSeriesColumns(records as MonitoringRecord[])
  return { ...rest, columns: columns ? packSeriesColumns(columns) : null }
}

/** 2 → 3: a layer's features may be saved as text; a layer saved before keeps its objects (`text: null`). */
function layerTextField(value: Record<string, unknown>, kind: StoreKind): Record<string, unknown> {
  return kind === 'layer' ? { ...value, text: null } : value
}

/**
 * MIGRATIONS[n] converts format n to n + 1. When the shape changes, raise STORED_FORMAT and add the step
 * here (and a row in tests/unit/persistence-migrate.test.ts).
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: monitoringAsColumns, 2: layerTextField }

export type MigrationResult<T> =
  | { ok: true; value: T; migratedFrom: number | null }
  | { ok: false; reasonZh: string; reasonEn: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks the fields each kind needs once at the current format. */
function shapeProblem(value: Record<string, unknown>, kind: StoreKind): string | null {
  if (typeof value.id !== 'string') return 'id'
  if (kind === 'layer') {
    const definition = value.definition
    const collection = value.collection
    if (!isRecord(definition) || typeof definition.id !== 'string' || !isRecord(definition.name)) return 'definition'
    if (value.text !== null && value.text !== undefined) {
      if (typeof Blob === 'undefined' || !(value.text instanceof Blob)) return 'text'
    } else if (!isRecord(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return 'collection'
  }
  if (kind === 'monitoring') {
    if (!Array.isArray(value.fileNames)) return 'fileNames'
    if (value.columns !== null) {
      const problem = packedSeriesProblem(value.columns)
      if (problem) return problem === 'columns' ? 'columns' : `columns.${problem}`
    }
  }
  if (kind === 'settings' && value.locale !== 'zh' && value.locale !== 'en') return 'locale'
  if (kind === 'tour-draft' && !isRecord(value.tour)) return 'tour'
  return null
}

export function migrateStored<T>(
  value: unknown,
  kind: StoreKind,
  current: number = STORED_FORMAT,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): MigrationResult<T> {
  if (!isRecord(value) || typeof value.format !== 'number' || !Number.isInteger(value.format)) {
    return { ok: false, reasonZh: '保存的数据没有格式版本号，无法读取', reasonEn: 'the saved value has no format version and cannot be read' }
  }
  const from = value.format
  if (from > current) {
    return {
      ok: false,
      reasonZh: `保存的数据来自更新版本的应用（格式 ${from}，本版本只认识到 ${current}），已原样保留`,
      reasonEn: `the saved value comes from a newer app version (format ${from}, this version reads up to ${current}); it is kept as it is`,
    }
  }
  let migrated: Record<string, unknown> = value
  for (let format = from; format < current; format++) {
    const step = steps[format]
    if (!step) {
      return {
        ok: false,
        reasonZh: `保存的数据格式 ${format} 没有升级方法，已原样保留`,
        reasonEn: `no migration from saved format ${format}; the value is kept as it is`,
      }
    }
    migrated = { ...step(migrated, kind), format: format + 1 }
  }
  const problem = shapeProblem(migrated, kind)
  if (problem) {
    return { ok: false, reasonZh: `保存的数据缺少或损坏了字段「${problem}」`, reasonEn: `the saved value lacks a valid "${problem}" field` }
  }
  return { ok: true, value: migrated as T, migratedFrom: from === current ? null : from }
}
