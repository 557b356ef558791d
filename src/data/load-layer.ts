/**
 * Fetches one layer file and validates it. Failures name the file and say what is wrong, so the UI can
 * tell which layer is missing while the others still load.
 */
import type { FeatureCollection } from 'geojson'
import { validateFeatureCollection, type FeatureProblem } from './geojson-validation.ts'

export interface LoadedLayer {
  collection: FeatureCollection
  problems: FeatureProblem[]
}

/** What went wrong with a file, as a code the UI translates, plus the technical detail. */
export type LoadFailureKind = 'unreachable' | 'missing' | 'http' | 'invalid-json' | 'not-geojson'

export interface LoadFailure {
  file: string
  kind: LoadFailureKind
  detail: string
}

export class LayerLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(`${failure.file}: ${failure.kind} (${failure.detail})`)
  }
}

function fail(file: string, kind: LoadFailureKind, detail: string): never {
  throw new LayerLoadError({ file, kind, detail })
}

export async function loadGeoJsonFile(file: string, baseUrl: string): Promise<LoadedLayer> {
  let response: Response
  try {
    response = await fetch(new URL(file, baseUrl))
  } catch (error) {
    fail(file, 'unreachable', String(error))
  }
  if (response.status === 404) fail(file, 'missing', 'HTTP 404')
  if (!response.ok) fail(file, 'http', `HTTP ${response.status}`)
  const text = await response.text()
  // A static server with a single-page fallback answers a missing file with the app's index.html.
  if (/^\s*</.test(text)) fail(file, 'missing', 'the server returned an HTML page')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    fail(file, 'invalid-json', (error as Error).message)
  }
  try {
    return validateFeatureCollection(parsed)
  } catch (error) {
    fail(file, 'not-geojson', (error as Error).message)
  }
}
