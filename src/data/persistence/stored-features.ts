/**
 * The features of a saved layer: its objects (saved before format 3), or its GeoJSON text read back —
 * in a worker when it is large, so that restoring 200,000 features does not hold the page (issue 15 §2).
 */
import type { FeatureCollection } from 'geojson'
import { runWorkerJob } from '../worker-job.ts'
import type { StoredLayer } from './schema.ts'
import { featureCollectionOfText, type StoredTextAnswer } from './stored-text.ts'

/** Below this the text is read on the page: starting a worker costs more than parsing 1 MB. */
const PAGE_READ_BYTES = 1_000_000

function readInWorker(text: Blob): Promise<FeatureCollection | null> {
  const worker = new Worker(new URL('./stored-text.worker.ts', import.meta.url), { type: 'module', name: 'shuitian-stored-layer' })
  return runWorkerJob<Blob, StoredTextAnswer, FeatureCollection>(worker, 'saved layer reader', text, (answer, settle) => {
    if (answer.type === 'features') settle.resolve(answer.collection)
    else settle.reject(new Error(answer.message))
  })
}

export async function storedFeatures(layer: StoredLayer): Promise<FeatureCollection> {
  if (!layer.text) return layer.collection!
  const inWorker = layer.text.size >= PAGE_READ_BYTES && typeof Worker !== 'undefined' ? await readInWorker(layer.text) : null
  return inWorker ?? featureCollectionOfText(await layer.text.text())
}
