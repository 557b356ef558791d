/**
 * Reads and writes the 'shuitian' IndexedDB database (schema.ts). Every read goes through migrateStored;
 * every write resolves only once committed, and rejects (e.g. QuotaExceededError) without touching
 * what was saved before — a failed transaction is rolled back as a whole.
 */
import { inTransaction, openDatabase, requestResult } from './idb.ts'
import { migrateStored, type StoreKind } from './migrate.ts'
import {
  ALL_STORES,
  DATABASE_NAME,
  DATABASE_VERSION,
  SINGLE_KEY,
  STORED_FORMAT,
  STORE_LAYERS,
  STORE_MONITORING,
  STORE_SETTINGS,
  STORE_TOUR_DRAFT,
  upgradeDatabase,
  type StoredTourDraft,
  type StoredLayer,
  type StoredMonitoring,
  type StoredSettings,
} from './schema.ts'

export interface StoredProblem {
  /** Which saved item (layer id, 'monitoring', 'settings'). */
  key: string
  reasonZh: string
  reasonEn: string
}

export interface StoredState {
  layers: StoredLayer[]
  monitoring: StoredMonitoring | null
  settings: StoredSettings | null
  /** Items that could not be read (kept in the database, explained to the planner). */
  problems: StoredProblem[]
}

let opened: Promise<IDBDatabase> | null = null

function database(): Promise<IDBDatabase> {
  opened ??= openDatabase(DATABASE_NAME, DATABASE_VERSION, (db, oldVersion) => upgradeDatabase(db, oldVersion)).catch((error: unknown) => {
    opened = null
    throw error
  })
  return opened
}

function readOne<T>(raw: unknown, kind: StoreKind, key: string, problems: StoredProblem[]): T | null {
  const result = migrateStored<T>(raw, kind)
  if (result.ok) return result.value
  problems.push({ key, reasonZh: result.reasonZh, reasonEn: result.reasonEn })
  return null
}

export async function loadStoredState(): Promise<StoredState> {
  const db = await database()
  const [rawLayers, rawMonitoring, rawSettings] = await inTransaction(db, ALL_STORES, 'readonly', (transaction) =>
    Promise.all([
      requestResult(transaction.objectStore(STORE_LAYERS).getAll()),
      requestResult(transaction.objectStore(STORE_MONITORING).get(SINGLE_KEY)),
      requestResult(transaction.objectStore(STORE_SETTINGS).get(SINGLE_KEY)),
    ]),
  )
  const problems: StoredProblem[] = []
  const layers = (rawLayers as unknown[]).flatMap((raw) => {
    const key = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '?'
    const layer = readOne<StoredLayer>(raw, 'layer', key, problems)
    return layer ? [layer] : []
  })
  return {
    layers,
    monitoring: rawMonitoring === undefined ? null : readOne<StoredMonitoring>(rawMonitoring, 'monitoring', 'monitoring', problems),
    settings: rawSettings === undefined ? null : readOne<StoredSettings>(rawSettings, 'settings', 'settings', problems),
    problems,
  }
}

async function put(storeName: string, value: object, mode: 'put' | 'add' = 'put'): Promise<void> {
  const db = await database()
  await inTransaction(db, [storeName], 'readwrite', (transaction) => requestResult(transaction.objectStore(storeName)[mode](value)))
}

/**
 * Saves an imported layer. A new layer is added, never put: if another tab saved a layer under the same
 * id, the transaction fails (ConstraintError) instead of overwriting it (issue #14 §5).
 */
export function saveLayer(layer: Omit<StoredLayer, 'format'>, options: { isNew?: boolean } = {}): Promise<void> {
  const value: StoredLayer = {
    id: layer.id,
    // JSON round trip: the definition may come from a reactive store (proxies cannot be cloned).
    definition: JSON.parse(JSON.stringify(layer.definition)) as StoredLayer['definition'],
    fileName: layer.fileName,
    // The text is kept as it is (a Blob: no copy on the page); objects only for a layer that has no text.
    text: layer.text,
    collection: layer.text ? null : layer.collection,
    format: STORED_FORMAT,
  }
  return put(STORE_LAYERS, value, options.isNew ? 'add' : 'put')
}

/** One saved layer (another tab announced it), null when it is gone or cannot be read. */
export async function loadStoredLayer(id: string): Promise<StoredLayer | null> {
  const db = await database()
  const raw = await inTransaction(db, [STORE_LAYERS], 'readonly', (transaction) => requestResult(transaction.objectStore(STORE_LAYERS).get(id)))
  return raw === undefined ? null : readOne<StoredLayer>(raw, 'layer', id, [])
}

/** The saved imported monitoring records (another tab announced a change). */
export async function loadStoredMonitoring(): Promise<StoredMonitoring | null> {
  const db = await database()
  const raw = await inTransaction(db, [STORE_MONITORING], 'readonly', (transaction) => requestResult(transaction.objectStore(STORE_MONITORING).get(SINGLE_KEY)))
  return raw === undefined ? null : readOne<StoredMonitoring>(raw, 'monitoring', 'monitoring', [])
}

export async function deleteLayer(id: string): Promise<void> {
  const db = await database()
  await inTransaction(db, [STORE_LAYERS], 'readwrite', (transaction) => requestResult(transaction.objectStore(STORE_LAYERS).delete(id)))
}

export function saveMonitoring(value: Omit<StoredMonitoring, 'format' | 'id'>): Promise<void> {
  // No JSON round trip: the columns are typed arrays, which IndexedDB copies as they are.
  return put(STORE_MONITORING, { columns: value.columns, fileNames: [...value.fileNames], id: SINGLE_KEY, format: STORED_FORMAT })
}

export function saveSettings(value: Omit<StoredSettings, 'format' | 'id'>): Promise<void> {
  return put(STORE_SETTINGS, { ...value, id: SINGLE_KEY, format: STORED_FORMAT })
}

/** The tour editor's work in progress: saved after every change, deleted when discarded. */
export async function saveTourDraft(tour: object | null): Promise<void> {
  if (tour === null) {
    const db = await database()
    await inTransaction(db, [STORE_TOUR_DRAFT], 'readwrite', (transaction) => requestResult(transaction.objectStore(STORE_TOUR_DRAFT).delete(SINGLE_KEY)))
    return
  }
  await put(STORE_TOUR_DRAFT, JSON.parse(JSON.stringify({ id: SINGLE_KEY, format: STORED_FORMAT, tour })) as StoredTourDraft)
}

/** The saved draft (unvalidated tour JSON), null when there is none, or the reason it cannot be read. */
export async function loadTourDraft(): Promise<{ tour: unknown | null; problem: StoredProblem | null }> {
  const db = await database()
  const raw = await inTransaction(db, [STORE_TOUR_DRAFT], 'readonly', (transaction) => requestResult(transaction.objectStore(STORE_TOUR_DRAFT).get(SINGLE_KEY)))
  if (raw === undefined) return { tour: null, problem: null }
  const problems: StoredProblem[] = []
  const draft = readOne<StoredTourDraft>(raw, 'tour-draft', 'tour-draft', problems)
  return { tour: draft?.tour ?? null, problem: problems[0] ?? null }
}
