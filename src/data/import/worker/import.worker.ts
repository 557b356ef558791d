// The import worker: a thin shell around the plain parsing functions (which also run in Node for the
// tests). It reads the planner's File itself, reporting bytes read, then guesses the kind, parses,
// validates, reprojects and reports features done. One worker per job: the page terminates it to cancel,
// and a worker that dies takes nothing of the page with it.
import { ImportError, ImportProblem, shortMessage } from '../errors.ts'
import { importFile, refuseOversized } from '../index.ts'
import { importLimits } from '../limits.ts'
import { guessKind } from '../guess-kind.ts'
import { importMonitoringTable } from '@/data/monitoring/import-table.ts'
import { buildSeriesColumns, packSeriesColumns, packedArrays, transferableBuffers } from '@/domain/water-quality/index.ts'
import { cardFieldsOf, dataKeys, geometryKindOf, withFeatureIds } from '@/data/import/prepare-layer.ts'
import { nameColumnOf } from '@/data/import/card-title.ts'
import type { ImportProgress, ImportRequest, PreparedLayer, WorkerAnswer } from './protocol.ts'

const scope = self as unknown as { postMessage(message: WorkerAnswer, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ImportRequest>) => void) | null }

function post(message: WorkerAnswer, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

/** Features per message: each slice deserialises on the page in a few milliseconds. */
const SLICE = 1_000

function progress(update: ImportProgress): void {
  post({ type: 'progress', ...update })
}

/** The file's bytes, read in chunks so the page can show how far it got. */
async function readBytes(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size)
  const reader = file.stream().getReader()
  let offset = 0
  let reported = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset)
    offset += value.length
    if (offset - reported >= 1 << 20) {
      reported = offset
      progress({ phase: 'bytes', done: Math.min(offset, bytes.length), total: bytes.length })
    }
  }
  progress({ phase: 'bytes', done: bytes.length, total: bytes.length })
  return bytes
}

async function handle(request: ImportRequest): Promise<void> {
  // Over the size limit: refused before a byte is read.
  refuseOversized(request.file.size, importLimits.maxBytes)
  const bytes = await readBytes(request.file)
  const kind = request.kind ?? (await guessKind(request.fileName, bytes))
  if (kind === 'monitoring') {
    const { records, report } = await importMonitoringTable(request.fileName, bytes, request.sections)
    const columns = buildSeriesColumns(records)
    const packed = columns ? packSeriesColumns(columns) : null
    post({ type: 'monitoring', report, columns: packed }, packed ? transferableBuffers(packedArrays(packed)) : [])
    return
  }
  const onProgress = (done: number, total: number) => progress({ phase: 'features', done, total })
  const imported = await importFile(request.fileName, bytes, { ...(request.crs ? { crs: request.crs } : {}), onProgress })
  // Ids, the geometry kind, the card fields and the GeoJSON text for MapLibre are made here, off the page.
  const collection = withFeatureIds(imported.features)
  // A Blob made here reaches the page as a handle: the page never copies the 46 MB of a large file's text.
  const sourceBlob = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' })
  const titleKey = nameColumnOf(collection, dataKeys(collection))
  const layer: PreparedLayer = {
    geometry: geometryKindOf(collection),
    // Coordinate columns copied from the file say their system: they are not the WGS84 the map draws.
    cardFields: cardFieldsOf(collection, imported.report.crs),
    sourceBlob,
    ...(titleKey ? { titleKey } : {}),
  }
  for (let start = 0; start < collection.features.length; start += SLICE) post({ type: 'features', features: collection.features.slice(start, start + SLICE) })
  post({ type: 'geometry', result: { ...imported, features: { type: 'FeatureCollection', features: [] } }, layer })
}

scope.onmessage = (event) => {
  const request = event.data
  handle(request).catch((error: unknown) => {
      const failure =
        error instanceof ImportError
          ? error
          : error instanceof ImportProblem
            ? new ImportError(error.code, request.fileName, error.messageZh, error.messageEn)
            : new ImportError('malformed', request.fileName, `文件无法读取：${shortMessage(error)}`, `the file could not be read: ${shortMessage(error)}`)
      post({ type: 'failed', failure: { code: failure.code, fileName: failure.fileName, messageZh: failure.messageZh, messageEn: failure.messageEn } })
    })
}
