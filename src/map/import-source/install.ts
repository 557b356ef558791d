/**
 * Makes MapLibre read imported layers through the `shuitian-import` protocol (source-url.ts): the script
 * that answers it inside MapLibre's workers (maplibre-worker-script.ts), and the same answer on the page for a
 * source added before that script has reached every worker (the old, slower path: the page parses).
 */
import { addProtocol, importScriptInWorkers } from 'maplibre-gl'
import workerScriptUrl from './maplibre-worker-script.ts?worker&url'
import { IMPORT_SOURCE_PROTOCOL, readImportSource } from './source-url.ts'

let installed = false

export function installImportSource(): void {
  if (installed) return
  installed = true
  addProtocol(IMPORT_SOURCE_PROTOCOL, (request, abort) => readImportSource(request.url, abort.signal))
  // A failure leaves the page's handler above in charge: imports still show, only more slowly.
  importScriptInWorkers(new URL(workerScriptUrl, document.baseURI).href).catch(() => {})
}
