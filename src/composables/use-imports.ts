/**
 * What the import centre does with a planner's files. Geometry: importFile → report → a preview layer on
 * the map (name marked 预览, one bright colour) → commit (renamed, styled, saved) or cancel (removed).
 * Monitoring tables: importMonitoringTable and the table's columns, in the import worker → row-by-row report
 * → merge into the loaded series, in the merge worker (apply-monitoring.ts). A failing
 * file only marks its own job as failed: nothing already loaded is touched.
 */
import type { FeatureCollection } from 'geojson'
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useImportsStore, type ImportKind } from '@/stores/imports.ts'
import { useWaterStore } from '@/stores/water.ts'
import { forgetLayerFeatures, registerLayerFeatures, registerLayerSourceText } from '@/data/feature-registry.ts'
import type { PackedSeries } from '@/domain/water-quality/index.ts'
import type { ImportResult as GeometryResult } from '@/data/import/index.ts'
import type { ImportReport as MonitoringReport } from '@/data/monitoring/import-table.ts'
import type { PreparedLayer } from '@/data/import/worker/protocol.ts'
import { ImportError } from '@/data/import/errors.ts'
import { ImportCancelled, startImport, type ImportOutcome, type ImportTask } from '@/data/import/worker/run-import.ts'
import { PREVIEW_COLOUR, importedDefinition } from '@/data/import/prepare-layer.ts'
import { newLayerId } from '@/data/import/layer-id.ts'
import { nextColourAmong, singleStyle } from '@/data/import/layer-style.ts'
import { applyMonitoringTable, currentSections } from '@/composables/apply-monitoring.ts'
import { persistLayer, persistMonitoring } from './use-persistence.ts'
import { addLocalTileLayer, isTileArchive } from './use-local-tiles.ts'

/** Outside reactivity: a file (to re-run with another CRS or kind), a read table's columns, running worker tasks. */
const jobFiles = new Map<number, File>()
const readTables = new Map<number, PackedSeries>()
const layerNames = new Map<number, string>()
const tasks = new Map<number, ImportTask>()

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

  /** Shows a parsed file as a preview layer: ids, kind, card fields and the map's text came from the worker. */
  function showGeometry(jobId: number, fileName: string, result: GeometryResult, prepared: PreparedLayer) {
    const collection: FeatureCollection = result.features
    const taken = catalogue.definitions.map((definition) => definition.id)
    const layerId = newLayerId(fileName, taken)
    const name = baseName(fileName)
    layerNames.set(jobId, name)
    registerLayerFeatures(layerId, collection)
    registerLayerSourceText(layerId, prepared.sourceBlob)
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
    const definition = {
      ...importedDefinition(layerId, name, empty, singleStyle(PREVIEW_COLOUR)),
      geometry: prepared.geometry,
      cardFields: prepared.cardFields,
      ...(prepared.titleKey ? { titleKey: prepared.titleKey } : {}),
      // A file without colours of its own is drawn in constant colours (see ImportReport.styled).
      fileStyle: result.report.styled,
    }
    catalogue.addImported({ ...definition, name: { zh: name + PREVIEW_SUFFIX.zh, en: name + PREVIEW_SUFFIX.en } }, collection.features.length)
    imports.updateJob(jobId, { status: 'ready', geometryReport: result.report, layerId, progress: null })
    options.onPreview?.(layerId)
  }

  function showMonitoring(jobId: number, report: MonitoringReport, columns: PackedSeries | null) {
    if (columns) readTables.set(jobId, columns)
    imports.updateJob(jobId, { status: 'ready', monitoringReport: report, progress: null })
  }

  /**
   * Parses the job's file in a fresh worker (parsers, proj4 and XLSX load there, not on the page): with
   * no kind given the worker guesses it. A failure, a crash or a refusal marks only this job as failed.
   */
  async function run(jobId: number, kind?: ImportKind) {
    const job = imports.job(jobId)
    const file = jobFiles.get(jobId)
    if (!job || !file) return
    tasks.get(jobId)?.cancel()
    imports.updateJob(jobId, { status: 'reading', error: null, geometryReport: null, monitoringReport: null, progress: null })
    dropPreview(jobId)
    const task = startImport(
      { file, fileName: job.fileName, kind, crs: job.crsOverride ?? undefined, sections: kind === 'geometry' ? [] : currentSections() },
      (progress) => {
        if (tasks.get(jobId) === task) imports.updateJob(jobId, { progress: { phase: progress.phase, done: progress.done, total: progress.total } })
      },
    )
    tasks.set(jobId, task)
    let outcome: ImportOutcome
    try {
      outcome = await task.promise
    } catch (error) {
      if (error instanceof ImportCancelled || tasks.get(jobId) !== task) return
      tasks.delete(jobId)
      // ImportError's message names the file; anything else is wrapped so that it does too.
      const message = error instanceof Error && error.name === 'ImportError' ? error.message : `「${job.fileName}」${messageOf(error)}`
      imports.updateJob(jobId, { status: 'failed', error: message, progress: null })
      return
    }
    if (tasks.get(jobId) !== task) return
    tasks.delete(jobId)
    imports.updateJob(jobId, { kind: outcome.type })
    if (outcome.type === 'geometry') showGeometry(jobId, job.fileName, outcome.result, outcome.layer)
    else showMonitoring(jobId, outcome.report, outcome.columns)
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
            jobFiles.set(job.id, file)
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
    return run(jobId, kind)
  }

  function setCrs(jobId: number, crs: string | null) {
    imports.updateJob(jobId, { crsOverride: crs })
    return run(jobId, 'geometry')
  }

  async function commitGeometry(jobId: number) {
    const job = imports.job(jobId)
    if (!job?.layerId) return
    const name = layerNames.get(jobId) ?? baseName(job.fileName)
    catalogue.updateImported(job.layerId, { name: { zh: name, en: name }, style: singleStyle(nextColourAmong(catalogue.imported, job.layerId)) })
    imports.updateJob(jobId, { status: 'committed' })
    jobFiles.delete(jobId)
    await persistLayer(job.layerId, job.fileName, { isNew: true })
  }

  async function commitMonitoring(jobId: number) {
    const table = readTables.get(jobId)
    const job = imports.job(jobId)
    if (!table || !job || job.status !== 'ready' || water.status !== 'ready') return
    imports.updateJob(jobId, { status: 'merging' })
    let outcome: { added: number; replaced: number } | null
    try {
      outcome = await applyMonitoringTable(table, job.fileName)
    } catch (error) {
      // The loaded series is untouched: a refusal comes before the merge, a failed merge installs nothing.
      const message = error instanceof ImportError ? error.message : `「${job.fileName}」${messageOf(error)}`
      imports.updateJob(jobId, { status: 'failed', error: message })
      return
    }
    readTables.delete(jobId)
    jobFiles.delete(jobId)
    // Saved before the job says it is done: a reload after "已导入" finds the table (a failed save says so).
    await persistMonitoring()
    imports.updateJob(jobId, { status: 'committed', outcome: outcome ?? { added: 0, replaced: 0 } })
  }

  function commit(jobId: number) {
    return imports.job(jobId)?.kind === 'monitoring' ? commitMonitoring(jobId) : commitGeometry(jobId)
  }

  /**
   * Cancels a job (a running worker is stopped, a preview leaves the map); a committed job only leaves
   * the list, its layer stays.
   */
  function cancel(jobId: number) {
    tasks.get(jobId)?.cancel()
    tasks.delete(jobId)
    if (imports.job(jobId)?.status !== 'committed') dropPreview(jobId)
    jobFiles.delete(jobId)
    readTables.delete(jobId)
    imports.dismissJob(jobId)
  }

  return { addFiles, setKind, setCrs, commit, cancel }
}
