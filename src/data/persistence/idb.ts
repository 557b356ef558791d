/**
 * A tiny promise wrapper over IndexedDB: open a versioned database, and run one read or write
 * transaction. No dependency: the browser API is small enough once requests become promises.
 */

export type UpgradeHandler = (database: IDBDatabase, oldVersion: number, transaction: IDBTransaction) => void

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

export function openDatabase(name: string, version: number, upgrade: UpgradeHandler): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available in this browser'))
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion, request.transaction!)
    request.onsuccess = () => {
      const database = request.result
      // Another tab opening a newer version must not be blocked by this one.
      database.onversionchange = () => database.close()
      resolve(database)
    }
    request.onerror = () => reject(request.error ?? new Error(`cannot open IndexedDB "${name}"`))
    request.onblocked = () => reject(new Error(`IndexedDB "${name}" is held open by an older tab`))
  })
}

/**
 * Runs `work` in one transaction and resolves with its result once the transaction has COMMITTED
 * (a write is only safe after `complete`; a quota error surfaces at `abort`).
 */
export function inTransaction<T>(
  database: IDBDatabase,
  storeNames: string[],
  mode: IDBTransactionMode,
  work: (transaction: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(storeNames, mode)
    let result: T
    transaction.oncomplete = () => resolve(result)
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
    transaction.onerror = () => undefined // abort follows and carries the error
    Promise.resolve(work(transaction)).then(
      (value) => {
        result = value
      },
      (error: unknown) => {
        try {
          transaction.abort()
        } catch {
          // already finished
        }
        reject(error)
      },
    )
  })
}
