/** The map as the rest of the app may hold it: an opaque handle, so only src/map imports maplibre-gl. */
import type { Map as MapLibreMap } from 'maplibre-gl'

export type MapHandle = MapLibreMap
