/**
 * The URL an imported layer's map source reads: `shuitian-import://layer/<the blob URL, encoded>`. A
 * `blob:` URL given to MapLibre as such is fetched, parsed and re-serialised on the page (MapLibre's
 * worker hands every URL that is not http(s) to the page); a protocol of our own is answered inside
 * MapLibre's worker instead (maplibre-worker-script.ts). Plain functions, shared by the page and that worker.
 */
export const IMPORT_SOURCE_PROTOCOL = 'shuitian-import'

const PREFIX = `${IMPORT_SOURCE_PROTOCOL}://layer/`

export function importSourceUrl(blobUrl: string): string {
  return PREFIX + encodeURIComponent(blobUrl)
}

export function isImportSourceUrl(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith(PREFIX)
}

/** The blob URL inside an import source URL. */
export function blobUrlOf(sourceUrl: string): string {
  return decodeURIComponent(sourceUrl.slice(PREFIX.length))
}

/** Reads the GeoJSON behind an import source URL (in MapLibre's worker, or on the page as a fallback). */
export async function readImportSource(sourceUrl: string, signal: AbortSignal): Promise<{ data: object }> {
  const response = await fetch(blobUrlOf(sourceUrl), { signal })
  if (!response.ok) throw new Error(`${sourceUrl}: ${response.status} ${response.statusText}`)
  return { data: (await response.json()) as object }
}
