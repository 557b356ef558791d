/**
 * Reads one file of the app's own origin (relative to the base URL). Failures name the file; a static
 * server's single-page fallback (index.html for a missing file) counts as missing. The one place besides
 * the layer and monitoring loaders where the app fetches (src/data owns all I/O).
 */
/**
 * A file that could not be read: `missing` when the server answered with its single-page fallback (an
 * HTML page instead of the file), else `unreadable` with the technical reason in `detail` (the network
 * error, the HTTP status).
 */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'unreadable' | 'missing',
    readonly detail: string,
    wording: string,
  ) {
    super(`${file}: ${wording}`)
  }
}

export async function fetchText(file: string, baseUrl: string = document.baseURI): Promise<string> {
  let response: Response
  try {
    response = await fetch(new URL(file, baseUrl))
  } catch (error) {
    throw new FileReadError(file, 'unreadable', String(error), `cannot be read (${String(error)})`)
  }
  if (!response.ok) throw new FileReadError(file, 'unreadable', `HTTP ${response.status}`, `cannot be read (HTTP ${response.status})`)
  const text = await response.text()
  if (/^\s*</.test(text) && !/\.(xml|kml|html?)$/i.test(file)) throw new FileReadError(file, 'missing', 'HTML page', 'missing (the server returned an HTML page)')
  return text
}

export async function fetchJson<T = unknown>(file: string, baseUrl?: string): Promise<T> {
  const text = await fetchText(file, baseUrl)
  try {
    return JSON.parse(text) as T
  } catch (error) {
    throw new Error(`${file}: is not valid JSON (${(error as Error).message})`)
  }
}
