/**
 * State of the import centre: whether it is open, whether a file is being dragged over the app, and one
 * job per file with its report. Plain serialisable data only: the file bytes, previewed features and
 * read records live in the import composable, outside reactivity.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ImportReport as GeometryReport } from '@/data/import/index.ts'
import type { ImportReport as MonitoringReport } from '@/data/monitoring/index.ts'

export type ImportKind = 'geometry' | 'monitoring'
/** `merging`: a monitoring table is being laid over the series (in the merge worker). */
export type ImportJobStatus = 'reading' | 'ready' | 'merging' | 'failed' | 'committed' | 'cancelled'

export interface ImportJob {
  id: number
  fileName: string
  kind: ImportKind
  status: ImportJobStatus
  /** Coordinate system chosen by the planner (null: as detected). */
  crsOverride: string | null
  geometryReport: GeometryReport | null
  /** Catalogue id of the previewed (then committed) layer. */
  layerId: string | null
  monitoringReport: MonitoringReport | null
  /** Message of a failure (an ImportError names the file). */
  error: string | null
  /** What a monitoring commit did: section-months added and replaced in the loaded series. */
  outcome: { added: number; replaced: number } | null
  /** While reading: bytes read, then features processed (reported by the import worker). */
  progress: { phase: 'bytes' | 'features'; done: number; total: number } | null
}

export const useImportsStore = defineStore('imports', () => {
  const open = ref(false)
  const dragging = ref(false)
  const jobs = ref<ImportJob[]>([])
  /** Last save or restore problem (quota full, unreadable stored item), shown until dismissed. */
  const storageMessages = ref<string[]>([])
  let nextId = 1

  function addJob(fileName: string, kind: ImportKind): ImportJob {
    const job: ImportJob = {
      id: nextId++,
      fileName,
      kind,
      status: 'reading',
      crsOverride: null,
      geometryReport: null,
      layerId: null,
      monitoringReport: null,
      error: null,
      outcome: null,
      progress: null,
    }
    jobs.value = [...jobs.value, job]
    return job
  }
  function updateJob(id: number, changes: Partial<Omit<ImportJob, 'id'>>) {
    jobs.value = jobs.value.map((job) => (job.id === id ? { ...job, ...changes } : job))
  }
  function job(id: number): ImportJob | undefined {
    return jobs.value.find((candidate) => candidate.id === id)
  }
  function dismissJob(id: number) {
    jobs.value = jobs.value.filter((candidate) => candidate.id !== id)
  }
  function addStorageMessage(message: string) {
    if (!storageMessages.value.includes(message)) storageMessages.value = [...storageMessages.value, message]
  }
  function clearStorageMessages() {
    storageMessages.value = []
  }
  return { open, dragging, jobs, storageMessages, addJob, updateJob, job, dismissJob, addStorageMessage, clearStorageMessages }
})
