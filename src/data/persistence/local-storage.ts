/**
 * The app's localStorage keys, in one place. localStorage holds what must be known synchronously when
 * a store is created, before IndexedDB (database.ts) can answer: the UI language (so the first paint is
 * in the right language), the basemap choice with its 天地图 key and the planner's layer order. Earlier versions also kept the tour
 * draft here; the tour store moves it to IndexedDB once (`takeLocal`).
 * Storage can be full, disabled (private mode) or hand-edited: reads then give null and writes report
 * false, and the caller keeps the value for this visit only.
 */
export const LOCAL_STORAGE_KEYS = {
  settings: 'shuitian.settings.v1',
  basemap: 'shuitian.basemap.v1',
  layerOrder: 'shuitian.layer-order.v1',
  legacyTourDraft: 'shuitian.tour-draft.v1',
} as const

export type LocalStorageEntry = keyof typeof LOCAL_STORAGE_KEYS

/** The stored JSON value of an entry, or null when it is missing, unreadable or not JSON. */
export function readLocal(entry: LocalStorageEntry): unknown {
  try {
    const text = localStorage.getItem(LOCAL_STORAGE_KEYS[entry])
    return text === null ? null : (JSON.parse(text) as unknown)
  } catch {
    return null
  }
}

/** True when the entry is stored at all (even unreadable). */
export function hasLocal(entry: LocalStorageEntry): boolean {
  try {
    return localStorage.getItem(LOCAL_STORAGE_KEYS[entry]) !== null
  } catch {
    return false
  }
}

/** Stores the entry as JSON; false when storage refused it (full or disabled). */
export function writeLocal(entry: LocalStorageEntry, value: unknown): boolean {
  try {
    localStorage.setItem(LOCAL_STORAGE_KEYS[entry], JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

/** Reads an entry and removes it when `keep` accepts the value (a one-time move to IndexedDB). */
export function takeLocal<T>(entry: LocalStorageEntry, keep: (value: unknown) => T | null): T | null {
  try {
    const value = keep(readLocal(entry))
    if (value !== null) localStorage.removeItem(LOCAL_STORAGE_KEYS[entry])
    return value
  } catch {
    // A value the check cannot read, or disabled storage: nothing is taken.
    return null
  }
}
