/// <reference lib="webworker" />
/**
 * Reads a saved layer's GeoJSON text (stored-features.ts) off the page's thread: 200,000 features are
 * ≈ 50 MB of text, a second of JSON.parse. The features go back to the page as plain objects.
 */
import { featureCollectionOfText, type StoredTextAnswer } from './stored-text.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<Blob>) => {
  let answer: StoredTextAnswer
  try {
    answer = { type: 'features', collection: featureCollectionOfText(await event.data.text()) }
  } catch (error) {
    answer = { type: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(answer)
}
