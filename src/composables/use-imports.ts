/**
 * What the import centre does with a planner's files. Geometry: importFile → report → a preview layer on
 * the map (name marked 预览, one bright colour) → commit (renamed, styled, saved) or cancel (removed).
 * Monitoring tables: importMonitoringTable → row-by-row report → merge into the loaded series. A failing
 * file only marks its own job as failed: nothing already loaded is touched.
 */
import type { FeatureCollection } from 'geojson'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useImportsStore, type ImportKind } from '@/stores/imports.ts'
import { useWaterStore } from '@/stores/water.ts'
import { forgetLayerFeatures, registerLayerFeatures } from '@/data/feature-registry.ts'
import { addImportedMonitoring } from '@/data/persistence/index.ts'
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'
import { guessKind } from '@/components/import/guess-kind.ts'
import { PREVIEW_COLOUR, importedDefinition, newLayerId, withFeatureIds } from '@/components/import/prepare-layer.ts'
import { nextColourAmong, singleStyle } from '@/components/import/layer-style.ts'
import { applyMonitoringRecords, currentSections } from '@/components/import/apply-monitoring.ts'
import { persistLayer, persistMonitoring } from './use-persistence.ts'
import { addLocalTileLayer, isTileArchive } from './use-local-tiles.ts'

/** Outside reactivity: a file's bytes (to re-run with another CRS or kind) and read records. */
const fileBytes = new Map<number, Uint8Array>()
const readRecords = new Map<number, MonitoringRecord[]>()
const layerNames = new Map<number, string>()

export const PREVIEW_SUFFIX = { zh: '（预览）', en: ' (preview)' }

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function useImports(options: { onPreview?: (layerId: string) => void } = {}) {
  const imports = useImportsStore()
  const catalogue = useCatalogueStore()
  const water = useWaterStore()

  function dropPreview(jobId: number) {
    const layerId = imports.job(jobId)?.layerId
    if (!layerId) return
    catalogue.removeImported(layerId)
    forgetLayerFeatures(layerId)
    imports.updateJob(jobId, { layerId: null })
  }

  async function runGeometry(jobId: number) {
    const job = imports.job(jobId)
    const bytes = fileBytes.get(jobId)
    if (!job || !bytes) return
    imports.updateJob(jobId, { status: 'reading', error: null, geometryReport: null, monitoringReport: null })
    dropPreview(jobId)
    try {
      // The parsers (Shapefile, KML, XLSX, proj4 …) load on the first import, not with the app.
      const { importFile } = await import('@/data/import/index.ts')
      const result = await importFile(job.fileName, bytes, job.crsOverride ? { crs: job.crsOverride } : {})
      const collection: FeatureCollection = withFeatureIds(result.features)
      const taken = catalogue.definitions.map((definition) => definition.id)
      const layerId = newLayerId(job.fileName, taken)
      const name = baseName(job.fileName)
      layerNames.set(jobId, name)
      registerLayerFeatures(layerId, collection)
      const definition = importedDefinition(layerId, name, collection, singleStyle(PREVIEW_COLOUR), { crs: result.report.crs })
      catalogue.addImported({ ...definition, name: { zh: name + PREVIEW_SUFFIX.zh, en: name + PREVIEW_SUFFIX.en } }, collection.features.length)
      imports.updateJob(jobId, { status: 'ready', geometryReport: result.report, layerId })
      options.onPreview?.(layerId)
    } catch (error) {
      // ImportError's message names the file; anything else is wrapped so that it does too.
      const { ImportError } = await import('@/data/import/index.ts')
      const message = error instanceof ImportError ? error.message : `「${job.fileName}」${messageOf(error)}`
      imports.updateJob(jobId, { status: 'failed', error: message })
    }
  }

  async function runMonitoring(jobId: number) {
    const job = imports.job(jobId)
    const bytes = fileBytes.get(jobId)
    if (!job || !bytes) return
    imports.updateJob(jobId, { status: 'reading', error: null, geometryReport: null, monitoringReport: null })
    dropPreview(jobId)
    const { importMonitoringTable } = await import('@/data/monitoring/import-table.ts')
    const result = await importMonitoringTable(job.fileName, bytes, currentSections())
    readRecords.set(jobId, result.records)
    imports.updateJob(jobId, { status: 'ready', monitoringReport: result.report })
  }

  function run(jobId: number) {
    return imports.job(jobId)?.kind === 'monitoring' ? runMonitoring(jobId) : runGeometry(jobId)
  }

  async function addFiles(files: Iterable<File>) {
    imports.open = true
    const started: Promise<void>[] = []
    for (const file of files) {
      const job = imports.addJob(file.name, 'geometry')
      started.push(
        (async () => {
          try {
            if (isTileArchive(file.name)) {
              const layerId = await addLocalTileLayer(file)
              imports.updateJob(job.id, { status: 'committed', layerId })
              return
            }
            const bytes = new Uint8Array(await file.arrayBuffer())
            fileBytes.set(job.id, bytes)
            imports.updateJob(job.id, { kind: await guessKind(file.name, bytes) })
            await run(job.id)
          } catch (error) {
            imports.updateJob(job.id, { status: 'failed', error: `「${file.name}」${messageOf(error)}` })
          }
        })(),
      )
    }
    await Promise.all(started)
  }

  function setKind(jobId: number, kind: ImportKind) {
    imports.updateJob(jobId, { kind })
    return run(jobId)
  }

  function setCrs(jobId: number, crs: string | null) {
    imports.updateJob(jobId, { crsOverride: crs })
    return runGeometry(jobId)
  }

  async function commitGeometry(jobId: number) {
    const job = imports.job(jobId)
    if (!job?.layerId) return
    const name = layerNames.get(jobId) ?? baseName(job.fileName)
    catalogue.updateImported(job.layerId, { name: { zh: name, en: name }, style: singleStyle(nextColourAmong(catalogue.imported, job.layerId)) })
    imports.updateJob(jobId, { status: 'committed' })
    fileBytes.delete(jobId)
    await persistLayer(job.layerId, job.fileName)
  }

  async function commitMonitoring(jobId: number) {
    const records = readRecords.get(jobId)
    const job = imports.job(jobId)
    if (!records || !job || water.status !== 'ready') return
    const { added, replaced } = applyMonitoringRecords(records)
    addImportedMonitoring(records, job.fileName)
    imports.updateJob(jobId, { status: 'committed', outcome: { added, replaced } })
    readRecords.delete(jobId)
    fileBytes.delete(jobId)
    await persistMonitoring()
  }

  function commit(jobId: number) {
    return imports.job(jobId)?.kind === 'monitoring' ? commitMonitoring(jobId) : commitGeometry(jobId)
  }

  /** Cancels a job (its preview leaves the map); a committed job only leaves the list, its layer stays. */
  function cancel(jobId: number) {
    if (imports.job(jobId)?.status !== 'committed') dropPreview(jobId)
    fileBytes.delete(jobId)
    readRecords.delete(jobId)
    imports.dismissJob(jobId)
  }

  return { addFiles, setKind, setCrs, commit, cancel }
}
