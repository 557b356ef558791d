/** The injection key through which map-room composables reach the one map (never through a store). */
import type { InjectionKey, ShallowRef } from 'vue'
import type { Map as MapLibreMap } from 'maplibre-gl'

export const MAP_KEY: InjectionKey<ShallowRef<MapLibreMap | null>> = Symbol('shuitian-map')
