/**
 * Runs inside each of MapLibre's own workers (loaded with importScriptInWorkers, see install.ts), so that
 * an imported layer's GeoJSON goes from its blob straight into MapLibre's worker and never through the
 * page. Measured with 200,000 points (docs/import-limits.md): MapLibre's worker hands a `blob:` source URL to the
 * page, which parsed the 46 MB text and serialised 200,000 features back to the worker (≈ 0.8 s), and
 * the worker then posted the parsed collection back to the page again (one 0.86 s task) — only so that
 * `GeoJSONSource.getData()` could answer. Here:
 * - the `shuitian-import` protocol is answered in this worker: fetch the blob, parse the JSON, done;
 * - the answer to a load of such a source keeps its data in the worker. The page has its own copy of the
 *   features (data/feature-registry.ts) and never calls `getData()` on an imported source (it would wait
 *   forever, since the source never learns its data).
 * No import of maplibre-gl: MapLibre's worker gives `addProtocol` and its actor on `self`.
 */
import { IMPORT_SOURCE_PROTOCOL, isImportSourceUrl, readImportSource } from './source-url.ts'

type MessageHandler = (mapId: string | number, params: { request?: { url?: unknown } }, abort: AbortController) => Promise<unknown>

interface MapLibreWorkerScope {
  addProtocol(name: string, load: (request: { url: string }, abort: AbortController) => Promise<{ data: object }>): void
  worker?: {
    actor?: {
      messageHandlers?: Record<string, MessageHandler | undefined>
      registerMessageHandler(type: string, handler: MessageHandler): void
    }
  }
}

const scope = self as unknown as MapLibreWorkerScope

scope.addProtocol(IMPORT_SOURCE_PROTOCOL, (request, abort) => readImportSource(request.url, abort.signal))

// 'LD' is MapLibre's "load GeoJSON data" message. Should a MapLibre update rename it, nothing breaks: the
// page then only receives the collection back as before (slower, and the browser test of the import
// worker says so).
const actor = scope.worker?.actor
const loadData = actor?.messageHandlers?.LD
if (actor && loadData) {
  actor.registerMessageHandler('LD', async (mapId, params, abort) => {
    const result = await loadData(mapId, params, abort)
    if (isImportSourceUrl(params.request?.url) && result && typeof result === 'object') delete (result as { data?: unknown }).data
    return result
  })
}
