/**
 * Keeps the planner's own data across reloads and browser restarts (IndexedDB, src/data/persistence):
 * imported layers, imported monitoring records and settings. Call usePersistence() once (Explore view
 * setup): it restores at start — before or after the map is ready, the catalogue sync adds restored
 * layers whenever the map comes — and saves settings when they change. The persist* helpers are called
 * by the import centre after each change; a failed save (storage full) is explained, and what was saved
 * before stays (an IndexedDB transaction is all or nothing).
 */
import { watch } from 'vue'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useImportsStore } from '@/stores/imports.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import { useWaterStore } from '@/stores/water.ts'
import { forgetLayerFeatures, layerCollection, layerSourceText, registerLayerFeatures, registerLayerSourceText } from '@/data/feature-registry.ts'
import { storedFeatures } from '@/data/persistence/stored-features.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import {
  announceStorageChange,
  deleteLayer,
  listenToStorageChanges,
  hasLocal,
  loadStoredLayer,
  loadStoredMonitoring,
  importedMonitoring,
  loadStoredState,
  resetImportedMonitoring,
  saveFailureMessage,
  saveLayer,
  saveMonitoring,
  saveSettings,
  type StorageChange,
  type StoredLayer,
} from '@/data/persistence/index.ts'

let markRestored: () => void = () => undefined
const restoredOnce = new Promise<void>((resolve) => {
  markRestored = resolve
})

/** Settles once the layers saved in this browser were restored (or could not be): links wait for it. */
export function storedLayersRestored(): Promise<void> {
  return restoredOnce
}

/** The file each imported layer came from (kept with the layer, shown in messages). */
const sourceFiles = new Map<string, string>()

function report(what: string, error: unknown) {
  const imports = useImportsStore()
  imports.addStorageMessage(saveFailureMessage(what, error, useSettingsStore().locale))
}

/**
 * Saves an imported layer (definition + features). Resolves false, with a message shown, if it failed.
 * `isNew` (the first save, at commit) never overwrites a layer another tab saved under the same id.
 */
export async function persistLayer(layerId: string, fileName?: string, options: { isNew?: boolean } = {}): Promise<boolean> {
  if (fileName) sourceFiles.set(layerId, fileName)
  const definition = useCatalogueStore().definition(layerId)
  const collection = layerCollection(layerId)
  if (!definition || !collection) return false
  try {
    await saveLayer({ id: layerId, definition, text: layerSourceText(layerId) ?? null, collection, fileName: sourceFiles.get(layerId) ?? definition.name.zh }, options)
    announceStorageChange({ kind: 'layer-saved', id: layerId })
    return true
  } catch (error) {
    report(definition.name.zh, error)
    return false
  }
}

export async function unpersistLayer(layerId: string, name: string): Promise<void> {
  sourceFiles.delete(layerId)
  try {
    await deleteLayer(layerId)
    announceStorageChange({ kind: 'layer-deleted', id: layerId })
  } catch (error) {
    report(name, error)
  }
}

export async function persistMonitoring(): Promise<boolean> {
  const { columns, fileNames } = importedMonitoring()
  try {
    await saveMonitoring({ columns, fileNames: [...fileNames] })
    announceStorageChange({ kind: 'monitoring-saved' })
    return true
  } catch (error) {
    report(fileNames.join('、') || 'monitoring', error)
    return false
  }
}

export function usePersistence() {
  const catalogue = useCatalogueStore()
  const imports = useImportsStore()
  const settings = useSettingsStore()
  const water = useWaterStore()
  let restored = false

  async function restore() {
    const state = await loadStoredState()
    // localStorage holds the locale too; IndexedDB restores it when that was cleared on its own.
    if (state.settings && !hasLocal('settings')) settings.locale = state.settings.locale
    for (const problem of state.problems) {
      imports.addStorageMessage(settings.locale === 'zh' ? `本机保存的「${problem.key}」未能恢复：${problem.reasonZh}` : `Saved "${problem.key}" was not restored: ${problem.reasonEn}`)
    }
    if (state.monitoring?.columns) {
      const { columns, fileNames } = state.monitoring
      resetImportedMonitoring(columns, fileNames)
      // Merge over the shipped series only once it is loaded (it would otherwise replace ours).
      const stop = watch(
        () => water.status,
        (status) => {
          if (status !== 'ready') return
          queueMicrotask(() => stop())
          // Loaded only when there are saved records to restore (issue 15 §1); merged in the merge worker.
          void import('@/composables/apply-monitoring.ts')
            .then(({ applyMonitoringTable }) => applyMonitoringTable(columns))
            .catch((error: unknown) => {
              const names = fileNames.join('、')
              const detail = error instanceof Error ? error.message : String(error)
              imports.addStorageMessage(settings.locale === 'zh' ? `本机保存的监测数据「${names}」未能合并（${detail}）` : `The monitoring data saved in this browser ("${names}") could not be merged (${detail})`)
            })
        },
        { immediate: true },
      )
    }
    // Last, as their features may take a worker a second to read: one after the other, in the saved
    // order (the order they are drawn in).
    for (const layer of state.layers) {
      if (catalogue.definition(layer.id)) continue
      await installStoredLayer(layer).catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error)
        imports.addStorageMessage(settings.locale === 'zh' ? `本机保存的「${layer.definition.name.zh}」未能恢复：${detail}` : `Saved "${layer.definition.name.en}" was not restored: ${detail}`)
      })
    }
  }

  // Another tab saved or removed something: follow it, so neither tab's work is hidden from the other.
  listenToStorageChanges((change) => {
    void followOtherTab(change).catch((error: unknown) => report(change.kind === 'monitoring-saved' ? 'monitoring' : change.id, error))
  })

  async function followOtherTab(change: StorageChange) {
    if (change.kind === 'layer-deleted') {
      if (catalogue.imported.some((definition) => definition.id === change.id)) {
        const selection = useSelectionStore()
        if (selection.selected?.layerId === change.id) selection.select(null)
        catalogue.removeImported(change.id)
        forgetLayerFeatures(change.id)
        sourceFiles.delete(change.id)
      }
      return
    }
    if (change.kind === 'monitoring-saved') {
      const stored = await loadStoredMonitoring()
      if (!stored || water.status !== 'ready') return
      resetImportedMonitoring(stored.columns, stored.fileNames)
      if (!stored.columns) return
      const { applyMonitoringTable } = await import('@/composables/apply-monitoring.ts')
      await applyMonitoringTable(stored.columns)
      return
    }
    const layer = await loadStoredLayer(change.id)
    if (!layer) return
    if (catalogue.definition(layer.id)) {
      catalogue.updateImported(layer.id, { name: layer.definition.name, style: layer.definition.style })
      return
    }
    await installStoredLayer(layer)
  }

  /** Puts a saved layer on the map: its text goes to MapLibre as it is, its features are read off the page. */
  async function installStoredLayer(layer: StoredLayer): Promise<void> {
    const collection = await storedFeatures(layer)
    // Another tab's copy, or the restore, may have added it while the text was read.
    if (catalogue.definition(layer.id)) return
    sourceFiles.set(layer.id, layer.fileName)
    registerLayerFeatures(layer.id, collection)
    if (layer.text) registerLayerSourceText(layer.id, layer.text)
    catalogue.addImported(layer.definition, collection.features.length)
  }

  restore()
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error)
      imports.addStorageMessage(settings.locale === 'zh' ? `无法读取本机保存的导入数据（${detail}）` : `Could not read the imports saved in this browser (${detail})`)
    })
    .finally(() => {
      restored = true
      markRestored()
      void saveSettings({ locale: settings.locale }).catch((error: unknown) => report('settings', error))
    })

  watch(
    () => settings.locale,
    (locale) => {
      // Before the restore ends a write could overwrite the saved value with the default.
      if (restored) void saveSettings({ locale }).catch((error: unknown) => report('settings', error))
    },
  )
}
