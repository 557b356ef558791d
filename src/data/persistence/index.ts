// Local persistence of the planner's own data (imported layers, imported monitoring records, settings,
// the tour draft).
export { loadStoredState, loadStoredLayer, loadStoredMonitoring, saveLayer, deleteLayer, saveMonitoring, saveSettings, saveTourDraft, loadTourDraft, type StoredState, type StoredProblem } from './database.ts'
export { migrateStored, MIGRATIONS, type MigrationStep, type MigrationResult, type StoreKind } from './migrate.ts'
export { isQuotaError, saveFailureMessage } from './quota.ts'
export { importedMonitoring, addImportedMonitoring, resetImportedMonitoring } from './imported-monitoring.ts'
export { STORED_FORMAT, DATABASE_NAME, DATABASE_VERSION, type StoredLayer, type StoredMonitoring, type StoredSettings } from './schema.ts'
export { announceStorageChange, listenToStorageChanges, type StorageChange } from './broadcast.ts'
export { LOCAL_STORAGE_KEYS, readLocal, hasLocal, writeLocal, takeLocal, type LocalStorageEntry } from './local-storage.ts'
