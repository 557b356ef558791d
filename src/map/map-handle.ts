/**
 * The map as the other rooms hold it. This is MapLibre's own `Map` type under another name — not a
 * narrow port: the type checker would let a holder call any MapLibre method. What keeps MapLibre inside
 * src/map is the convention, kept by reading rather than by the compiler, that views, components and
 * composables only hold and pass the handle (`import type`, erased at build time, so they never load
 * maplibre-gl) and hand it to src/map functions (zoomToLayer, applyStop, captureMap, currentViewState…)
 * to act on it. ESLint forbids them any import of maplibre-gl (eslint.config.js), so this alias is their
 * only way to name the type.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

export type MapHandle = MapLibreMap
